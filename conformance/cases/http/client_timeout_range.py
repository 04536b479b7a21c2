# audit: _http_client.js L203-204 (options.timeout) and L945 (setTimeout) go through getTimerDuration (internal/timers.js L400-415): 'a non-negative finite number'
import math

from conformance.trace import log
from node_http_agent import http, process


def main():
    for t in [-1, math.inf, math.nan, '10']:
        try:
            r = http.request({'host': '127.0.0.1', 'port': 1, 'timeout': t, 'agent': False})
            r.on('error', lambda *a: None)
            r.destroy()
            log('accepted', t)
        except Exception as e:
            log(e.code, str(e))

    req = http.request({'host': '127.0.0.1', 'port': 1, 'agent': False})
    req.on('error', lambda *a: None)
    for t in [-1, math.inf, math.nan]:
        try:
            req.setTimeout(t)
            log('accepted')
        except Exception as e:
            log(e.code, str(e))
    req.destroy()


process.run(main)
