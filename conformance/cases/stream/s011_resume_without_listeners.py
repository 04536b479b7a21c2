# s011 - resume() with no 'data' listener drains the stream to 'end'; readableFlowing true; data discarded (test-stream-readable-resume*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    n = 0

    def read(size):
        nonlocal n
        n += 1
        r.push(('x' + str(n)).encode() if n <= 3 else None)

    r = Readable({'read': read})
    r.on('end', lambda: log('end', n, r.readableLength))
    r.on('close', lambda: log('close'))
    log('resume returns self', r.resume() is r)
    log('flowing', r.readableFlowing)


process.run(main)
