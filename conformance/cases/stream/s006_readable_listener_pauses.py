# s006 - adding a 'readable' listener takes precedence over 'data' (flowing false); removing it resumes when 'data' listeners remain (test-stream-readable-and-data.js, test-stream-readable-readable-then-resume.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def main():
    r = Readable({'read': lambda size: None})
    r.on('data', lambda c: log('data', c.decode()))
    log('after data', r.readableFlowing)

    def onReadable():
        log('readable', r.readableLength)
    r.on('readable', onReadable)
    log('after readable', r.readableFlowing, 'n/a' if getattr(r, 'readableListening', None) is None else 'x')
    r.push(b'x')

    def later():
        log('length', r.readableLength, 'flowing', r.readableFlowing)
        r.removeListener('readable', onReadable)
        log('removed, flowing', r.readableFlowing)

        def tick():
            log('next tick flowing', r.readableFlowing)

            def last():
                log('length later', r.readableLength)
                r.push(b'y')
                r.push(None)
            setImmediate(last)
        process.nextTick(tick)
    setImmediate(later)
    r.on('end', lambda: log('end'))


process.run(main)
