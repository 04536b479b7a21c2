# §1.5, §1.7, catalogue 98/100 - https.globalAgent (keepAlive, lifo, timeout 5000; not http's), and ERR_INVALID_PROTOCOL for an https agent on http.request and an http agent on https.request (probes p02, p03)
from conformance.trace import log
from node_http_agent import http, https, process


def main():
    g = https.globalAgent
    log('globalAgent', isinstance(g, https.Agent), 'keepAlive', g.keepAlive, 'scheduling', g.scheduling, 'timeout', g.options['timeout'], 'maxCachedSessions', g.maxCachedSessions)
    log('globalAgent is not http.globalAgent', g is not http.globalAgent)
    try:
        http.request({'host': '127.0.0.1', 'port': 1, 'agent': https.Agent()})
        log('no throw')
    except Exception as e:
        log('http.request with an https agent:', isinstance(e, TypeError), e.code, str(e))
    try:
        https.request({'host': '127.0.0.1', 'port': 1, 'agent': http.Agent()})
        log('no throw')
    except Exception as e:
        log('https.request with an http agent:', isinstance(e, TypeError), e.code, str(e))
    try:
        https.request('http://127.0.0.1:1/')
        log('no throw')
    except Exception as e:
        log('https.request with an http: URL:', isinstance(e, TypeError), e.code, str(e))


process.run(main)
