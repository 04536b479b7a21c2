# s073 - stream.promises.finished resolves on end, rejects with the error or ERR_STREAM_PREMATURE_CLOSE (test-stream-promises.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable
from node_http_agent.stream.promises import finished


async def main():
    r = Readable.from_(['a'])
    r.resume()
    log('resolved', await finished(r))
    w = Writable({'write': lambda c, e, cb: cb()})
    p = finished(w)
    w.destroy(Exception('gone'))
    try:
        await p
    except Exception as e:
        log('rejected', str(e))
    x = Readable({'read': lambda size: None})
    q = finished(x)
    x.destroy()
    try:
        await q
    except Exception as e:
        log('premature', e.code)


process.run(main)
