# s091 - pause() before adding a 'data' listener keeps the stream paused (explicit pause); removing every 'data' listener does not pause a flowing stream (test-stream-readable-data.js, test-stream-readable-pause-and-resume.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def main():
    r = Readable({'read': lambda size: None})
    r.pause()

    def onData(c):
        log('r data', c.decode())
    r.on('data', onData)
    r.push('a')

    def later():
        log('r still paused', r.isPaused(), r.readableFlowing, r.readableLength)
        r.resume()

        def again():
            r.removeListener('data', onData)
            log('r after removing data', r.readableFlowing, r.isPaused())
            r.push('b')
            setImmediate(lambda: log('r b consumed', r.readableLength == 0))
        setImmediate(again)
    setImmediate(later)


process.run(main)
