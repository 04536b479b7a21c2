# catalogue 90 - test-event-capture-rejections.js (captureRejections, captureRejectionsTwoHandlers) (probe ee-13)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter


def main():
    ee = EventEmitter({'captureRejections': True})
    _err = Exception('kaboom')

    async def thrower(value):
        raise _err

    ee.on('something', thrower)
    ee.on('something', thrower)
    count = 0

    def on_error(err):
        nonlocal count
        count += 1
        log('routed to error', count, err is _err)

    ee.on('error', on_error)
    log('emit returns', ee.emit('something', 1))
    log('errors so far (routing is asynchronous)', count)
    ee3 = EventEmitter(captureRejections=True)

    def sync_thrower():
        raise Exception('sync')

    ee3.on('s', sync_thrower)
    try:
        ee3.emit('s')
    except Exception as e:
        log('sync throw still propagates:', str(e))


process.run(main)
