# p07 - async continuations run as microtasks: two resumed by one callback both run before either's nextTick, and their ticks before any immediate
import asyncio

from conformance.trace import log
from node_http_agent import process, timers
from node_http_agent.events import EventEmitter, once

e = EventEmitter()


async def task(name):
    await once(e, 'go')
    log(name, 'resumed')
    process.nextTick(lambda: log(name, 'tick'))
    timers.setImmediate(lambda: log(name, 'immediate'))
    await once(e, 'again')
    log(name, 'resumed again')
    process.nextTick(lambda: log(name, 'tick again'))


def main():
    asyncio.ensure_future(task('A'))
    asyncio.ensure_future(task('B'))

    def fire():
        e.emit('go')
        log('emitted')
        process.nextTick(lambda: log('timer tick'))

        def again():
            e.emit('again')
            log('emitted again')
        timers.setTimeout(again, 5)
    timers.setTimeout(fire, 20)


process.run(main)
