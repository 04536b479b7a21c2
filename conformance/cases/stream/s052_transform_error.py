# s052 - Transform callback(err) and a throwing _transform: 'error' then 'close', both sides destroyed; flush(err) likewise (test-stream-transform-callback-twice.js, test-stream-transform-destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Transform


def main():
    a = Transform({'transform': lambda chunk, encoding, callback: callback(Exception('transform failed'))})
    a.on('error', lambda e: log('a error', str(e), a.destroyed, a.readable, a.writable))
    a.on('close', lambda: log('a close'))
    a.write('x', lambda err=None: log('a write cb', err and str(err)))
    b = Transform({
        'transform': lambda chunk, encoding, callback: callback(None, chunk),
        'flush': lambda callback: callback(Exception('flush failed')),
    })
    b.on('error', lambda e: log('b error', str(e)))
    b.on('finish', lambda: log('b finish'))
    b.on('end', lambda: log('b end (unexpected)'))
    b.on('close', lambda: log('b close'))
    b.resume()
    b.end('y')


process.run(main)
