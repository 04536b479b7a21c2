# audit: _http_outgoing.js L830-832 OutgoingMessage.prototype._implicitHeader throws ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()'), reached by end()/write() on a bare OutgoingMessage
from conformance.trace import log
from node_http_agent import http, process


def main():
    o = http.OutgoingMessage()
    for step in [lambda: o.end(), lambda: o.write('x'), lambda: o.flushHeaders()]:
        try:
            step()
            log('ok')
        except Exception as e:
            log(getattr(e, 'code', type(e).__name__), str(e))
    log(o.headersSent, o.finished)


process.run(main)
