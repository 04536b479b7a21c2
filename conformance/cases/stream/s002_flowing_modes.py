# s002 - flowing mode: on('data') starts flowing on nextTick, pause()/resume() and readableFlowing/isPaused, 'pause'/'resume' events (test-stream-readable-flow-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def main():
    r = Readable({'read': lambda size: None})
    r.on('pause', lambda: log('event pause'))
    r.on('resume', lambda: log('event resume'))
    r.push(b'a')
    r.push(b'b')
    log('before', r.readableFlowing, r.isPaused())

    def on_data(c):
        log('data', c.decode(), 'flowing', r.readableFlowing)
        if c.decode() == 'b':
            r.pause()
            log('paused', r.readableFlowing, r.isPaused(), 'length', r.readableLength)
            r.push(b'c')
            log('after push while paused', r.readableLength)

            def later():
                log('resume()')
                r.resume()
                log('flowing now', r.readableFlowing)
                r.push(None)
            setImmediate(later)
    r.on('data', on_data)
    log('after on(data)', r.readableFlowing, r.isPaused())
    r.on('end', lambda: log('end'))
    r.on('close', lambda: log('close'))


process.run(main)
