# s071 - finished(): callback once on end/finish, ERR_STREAM_PREMATURE_CLOSE when destroyed before ending, the stream's error otherwise (test-stream-finished.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable, finished


def main():
    a = Readable({'read': lambda size: None})
    finished(a, lambda err=None: log('a', 'no error' if err is None else err.code))
    a.push(None)
    a.resume()
    b = Readable({'read': lambda size: None})
    finished(b, lambda err=None: log('b', err.code, str(err)))
    b.destroy()
    c = Writable({'write': lambda chunk, encoding, callback: callback()})
    finished(c, lambda err=None: log('c', 'no error' if err is None else err.code))
    c.end('x')
    d = Writable({'write': lambda chunk, encoding, callback: callback(Exception('write failed'))})
    d.on('error', lambda *a: None)
    finished(d, lambda err=None: log('d', str(err)))
    d.write('x')
    e = Writable({'write': lambda chunk, encoding, callback: callback()})
    finished(e, lambda err=None: log('e', err.code))
    e.write('x')
    e.destroy()


process.run(main)
