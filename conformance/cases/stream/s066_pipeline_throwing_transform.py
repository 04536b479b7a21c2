# s066 - pipeline with a failing Transform: callback gets the error once, every stream is destroyed, the destination never finishes (test-stream-pipeline.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Transform, Writable, pipeline
from node_http_agent.timers import setImmediate


def main():
    src = Readable({'read': lambda size: None})

    def transform(chunk, encoding, callback):
        if chunk.decode() == 'bad':
            callback(Exception('bad chunk'))
        else:
            callback(None, chunk)

    t = Transform({'transform': transform})

    def write(chunk, encoding, callback):
        log('dest got', chunk.decode())
        callback()

    dest = Writable({'write': write})
    dest.on('finish', lambda: log('dest finish (unexpected)'))
    src.on('close', lambda: log('src close'))
    dest.on('close', lambda: log('dest close'))
    calls = 0

    def done(err=None, *a):
        nonlocal calls
        calls += 1
        log('callback', calls, err and str(err))
        setImmediate(lambda: log('destroyed', src.destroyed, t.destroyed, dest.destroyed, 'calls', calls))

    pipeline(src, t, dest, done)
    src.push('ok')
    setImmediate(lambda: src.push('bad'))


process.run(main)
