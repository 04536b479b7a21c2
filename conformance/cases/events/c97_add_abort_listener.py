# catalogue 97 - test-events-add-abort-listener.mjs (probes ee-16, ee-22); JS d[Symbol.dispose]() <-> Python d.dispose()
from conformance.trace import log
from node_http_agent import AbortController, events

ac = AbortController()
fired = 0


def listener(e):
    global fired
    fired += 1
    log('abort listener got an event of type', e.type)


events.addAbortListener(ac.signal, listener)
ac.abort()
ac.abort()
log('fired', fired)
ac2 = AbortController()
d2 = events.addAbortListener(ac2.signal, lambda *a: log('SHOULD NOT PRINT'))
d2.dispose()
ac2.abort()
log('disposed before abort: not called')
