# catalogue 97 - test-events-add-abort-listener.mjs (runs despite stopImmediatePropagation) (probe ee-22)
from conformance.trace import log
from node_http_agent import AbortController, events

ac = AbortController()


def first(e):
    log('first listener stops propagation')
    e.stopImmediatePropagation()


ac.signal.addEventListener('abort', first)
ac.signal.addEventListener('abort', lambda e: log('SHOULD NOT PRINT (plain listener after stop)'))
events.addAbortListener(ac.signal, lambda e: log('addAbortListener listener still runs:', e.type))
ac.abort()
log('after abort')
