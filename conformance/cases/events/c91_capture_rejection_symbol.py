# catalogue 91 - test-event-capture-rejections.js (configurable) (probe ee-13)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter, captureRejectionSymbol


def main():
    ee = EventEmitter({'captureRejections': True})
    _err = Exception('kaboom')

    async def something(*args):
        raise _err

    ee.on('something', something)
    ee.on('error', lambda *a: log('error listener must not be called'))
    setattr(ee, captureRejectionSymbol, lambda err, type, *args: log('instance hook:', err is _err, type, list(args)))
    ee.emit('something', 42, 'foobar')

    class Sub(EventEmitter):
        pass

    def hook(self, err, type, *args):
        log('subclass hook:', str(err), type, list(args), self is sub)

    setattr(Sub, captureRejectionSymbol, hook)
    sub = Sub({'captureRejections': True})

    async def ev(a):
        raise Exception('sub ' + str(a))

    sub.on('ev', ev)
    sub.emit('ev', 1)


process.run(main)
