# 'unhandledRejection' for an async listener that rejects (reason, promise); without that listener it reaches 'uncaughtException' with origin 'unhandledRejection'
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter


def main():
    ee = EventEmitter()

    async def a():
        raise Exception('rejected a')

    async def b():
        raise Exception('rejected b')
    ee.on('a', a)
    ee.on('b', b)

    def onRejection(reason, promise):
        log('unhandledRejection', str(reason), promise is not None)
        process.off('unhandledRejection', onRejection)
        ee.emit('b')
    process.on('unhandledRejection', onRejection)
    process.on('uncaughtException', lambda err, origin: log('uncaught', str(err), origin))
    ee.emit('a')
    log('emitted')


process.run(main)
