# catalogue 100 - test-http-agent-no-protocol.js (probe p02): if agent.protocol is null the default agent's protocol is expected; a mismatched protocol throws ERR_INVALID_PROTOCOL
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


def main():
    request = 0

    def handler(req, res):
        nonlocal request
        res.end()
        request += 1
    server = http.createServer(handler)

    def attempt(label, agentProtocol, requestProtocol, port):
        agent = http.Agent()
        agent.protocol = agentProtocol
        try:
            def onresponse(res):
                log(label, 'response', res.statusCode, 'server requests', request)
                res.resume()
                server.close()
            req = http.get({'protocol': requestProtocol, 'host': '127.0.0.1', 'port': port, 'path': '/', 'agent': agent}, onresponse)
            return req
        except Exception as e:
            log(label, 'throws', isinstance(e, TypeError), e.code, str(e))

    def onlistening():
        port = server.address()['port']
        attempt('agent.protocol "https:", request "http:":', 'https:', 'http:', port)
        attempt('agent.protocol null, request "https:":', None, 'https:', port)
        attempt('agent.protocol "", request "ftp:":', '', 'ftp:', port)
        attempt('agent.protocol null, request "http:":', None, 'http:', port)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
