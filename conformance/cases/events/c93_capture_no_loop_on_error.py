# catalogue 93 - test-event-capture-rejections.js (avoidLoopOnError)
# Node's process.on('unhandledRejection') <-> process.run() raising the unhandled failure in Python.
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter

_err1 = Exception('kaboom')
_err2 = Exception('kaboom2')
calls = 0


def main():
    ee = EventEmitter({'captureRejections': True})

    async def something():
        raise _err1

    async def on_error(err):
        global calls
        calls += 1
        log('error handler got', err is _err1, 'calls', calls)
        raise _err2

    ee.on('something', something)
    ee.on('error', on_error)
    ee.emit('something')


try:
    process.run(main)
except Exception as e:
    log('unhandled rejection:', str(e))
