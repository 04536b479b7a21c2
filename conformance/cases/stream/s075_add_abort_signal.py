# s075 - addAbortSignal: aborting destroys the stream with an AbortError (code ABORT_ERR, name AbortError); already-aborted signal; invalid signal (test-stream-add-abort-signal.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.abort import AbortController, AbortSignal
from node_http_agent.stream import Readable, addAbortSignal


def main():
    ac = AbortController()
    r = Readable({'read': lambda size: None})
    log('returns stream', addAbortSignal(ac.signal, r) is r)
    r.on('error', lambda e: log('error', e.name, e.code, str(e)))
    r.on('close', lambda: log('close', r.destroyed))
    ac.abort()
    r2 = addAbortSignal(AbortSignal.abort(), Readable({'read': lambda size: None}))
    r2.on('error', lambda e: log('pre-aborted error', e.name))
    log('pre-aborted destroyed sync', r2.destroyed)
    try:
        addAbortSignal({}, Readable({'read': lambda size: None}))
    except Exception as e:
        log('bad signal', e.code, str(e))
    try:
        addAbortSignal(AbortController().signal, {})
    except Exception as e:
        log('bad stream', e.code, str(e))
    r3 = Readable({'read': lambda size: None, 'signal': AbortSignal.abort()})
    r3.on('error', lambda e: log('signal option', e.name))


process.run(main)
