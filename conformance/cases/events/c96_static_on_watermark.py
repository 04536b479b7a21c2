# catalogue 96 - test-events-on-async-iterator.js (highWaterMark / lowWaterMark: pause()/resume()) (probe ee-15)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter, on


class P(EventEmitter):
    def pause(self):
        log('pause() called')

    def resume(self):
        log('resume() called')


async def main():
    p = P()
    it = on(p, 'd', {'highWaterMark': 2, 'lowWaterMark': 1})
    for i in range(1, 5):
        log('emit', i)
        p.emit('d', i)
    for _ in range(4):
        log('read', await it.__anext__())
    p.emit('d', 5)
    log('read', await it.__anext__())
    await it.aclose()
    log('listeners after return', p.listenerCount('d'))


process.run(main)
