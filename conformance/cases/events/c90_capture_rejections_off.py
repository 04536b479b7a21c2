# catalogue 90 - test-event-capture-rejections.js (defaultValue) (probe ee-13)
# Node's process.on('unhandledRejection') <-> process.run() raising the unhandled failure in Python.
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter


def main():
    ee = EventEmitter()
    ee.on('error', lambda *a: log('error listener must not be called'))

    async def x():
        raise Exception('uncaptured')

    ee.on('x', x)
    log('emit returns', ee.emit('x'))


try:
    process.run(main)
except Exception as e:
    log('unhandled rejection:', str(e))
