# s020 - breaking out of for await destroys the stream ('close', no 'end', destroyed true); destroyOnReturn false keeps it (test-stream-readable-async-iterators.js)
import asyncio

from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


async def main():
    r = Readable({'objectMode': True, 'read': lambda size: None})
    for i in range(1, 6):
        r.push(i)
    events = []
    r.on('end', lambda: events.append('end'))
    r.on('close', lambda: events.append('close'))
    async for v in r:
        log('value', v)
        if v == 2:
            break
    log('after break', r.destroyed, r.readableLength)
    fut = asyncio.get_running_loop().create_future()
    setImmediate(lambda: fut.set_result(None))
    await fut
    log('events', events)
    k = Readable({'objectMode': True, 'read': lambda size: None})
    k.push('a')
    k.push('b')
    k.push(None)
    async for v in k.iterator({'destroyOnReturn': False}):
        log('k value', v)
        break
    log('k destroyed', k.destroyed, 'read', k.read())


process.run(main)
