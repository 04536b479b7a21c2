# catalogue 93, 91 - test-event-capture-rejections.js (avoidLoopOnRejection)
# Node's process.on('unhandledRejection') <-> process.run() raising the unhandled failure in Python.
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter, captureRejectionSymbol

_err1 = Exception('kaboom')
_err2 = Exception('kaboom2')


def main():
    ee = EventEmitter({'captureRejections': True})

    async def something():
        raise _err1

    async def hook(err, *rest):
        log('async hook got', err is _err1)
        raise _err2

    ee.on('something', something)
    setattr(ee, captureRejectionSymbol, hook)
    ee.emit('something')


try:
    process.run(main)
except Exception as e:
    log('unhandled rejection:', str(e))
