# s082 - stream.destroy(stream, err) (the destroyer utility) on Readable/Writable (no error given: AbortError for an unfinished Writable); Stream.destroy is the same function (lib/stream.js)
from conformance.trace import log
from node_http_agent import process, stream
from node_http_agent.stream import Readable, Writable


def main():
    log('same function', stream.destroy is stream.Stream.destroy)
    r = Readable({'read': lambda size: None})
    r.on('error', lambda e: log('r error', str(e)))
    r.on('close', lambda: log('r close', r.destroyed))
    stream.destroy(r, Exception('util destroy'))
    w = Writable({'write': lambda c, e, cb: cb()})
    w.on('error', lambda e: log('w error', e.name, e.code, str(e)))
    w.on('close', lambda: log('w close', w.destroyed, w.errored.name))
    stream.destroy(w)
    log('sync', r.destroyed, w.destroyed)


process.run(main)
