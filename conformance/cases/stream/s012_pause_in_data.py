# s012 - pause() inside a 'data' handler buffers later pushes; resume() later delivers them in order (test-stream-readable-pause-and-resume.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def main():
    i = 0

    def read(size):
        nonlocal i
        i += 1
        if i <= 6:
            r.push(str(i).encode())
        else:
            r.push(None)

    r = Readable({'highWaterMark': 3, 'read': read})

    def on_data(c):
        log('data', c.decode(), 'length', r.readableLength)
        if c.decode() == '2':
            r.pause()

            def later():
                log('resuming with length', r.readableLength)
                r.resume()
            setImmediate(later)
    r.on('data', on_data)
    r.on('end', lambda: log('end'))


process.run(main)
