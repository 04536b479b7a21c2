# s115 - events.once(stream, 'end') resolves on end; rejects when the stream errors first (events.once with streams)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import once
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


async def main():
    r = Readable.from_(['a'])
    r.resume()
    args = await once(r, 'end')
    log('end resolved', args)
    bad = Readable({'read': lambda size: None})
    setImmediate(lambda: bad.destroy(Exception('broken')))
    try:
        await once(bad, 'end')
    except Exception as e:
        log('rejected', str(e))


process.run(main)
