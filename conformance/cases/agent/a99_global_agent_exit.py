# catalogue 99 - test-http-client-close-with-default-agent.js: with the default global agent the process exits promptly once the server closes
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    def handler(req, res):
        res.writeHead(200)
        res.end()
    server = http.createServer(handler)

    def onlistening():
        def onresponse(res):
            log('response', res.statusCode, 'agent is the global agent', req.agent is http.globalAgent)
            res.resume()
            server.close()
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port']}, onresponse)

        req.end()
    server.listen(0, '127.0.0.1', onlistening)

    # This timer should never go off as the server will close the socket.
    timers.setTimeout(lambda: log('timer fired: still alive after 1 s'), 1000).unref()


process.run(main)
log('exit')
