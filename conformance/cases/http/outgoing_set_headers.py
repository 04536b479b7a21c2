# audit: _http_outgoing.js L668-707 setHeaders(Headers|Map): set-cookie entries are collected and set once as an array; anything without keys()/get() is ERR_INVALID_ARG_TYPE
from conformance.trace import log
from node_http_agent import http, process


def main():
    o = http.OutgoingMessage()
    ret = o.setHeaders({'x-a': '1', 'set-cookie': 'a=1', 'Set-Cookie': 'b=2'})
    log('returns this', ret is o)
    log(o.getHeaders())
    o.setHeaders({'x-b': '2', 'set-cookie': ['c=3', 'd=4']})
    log(o.getHeaders())
    for bad in [None, [], 'str']:
        try:
            o.setHeaders(bad)
            log('accepted')
        except Exception as e:
            log(e.code, str(e))
    o._header = 'x'
    try:
        o.setHeaders({'x-c': '3'})
    except Exception as e:
        log(e.code, str(e))


process.run(main)
