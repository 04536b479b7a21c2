# catalogue 52 - test-http-client-keep-alive-hint.js: on the global agent a 'Keep-Alive: timeout=1' hint closes the socket, so the process exits before the server's 60 s keep-alive
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    def handler(req, res):
        req.resume()
        res.writeHead(200, {'Connection': 'keep-alive', 'Keep-Alive': 'timeout=1'})
        res.end('FOO')
    server = http.createServer({'keepAliveTimeout': 60000}, handler)

    def onlistening():
        def onresponse(res):
            log('response', res.statusCode, res.headers['keep-alive'])
            res.resume()
            server.close()
        http.get({'host': '127.0.0.1', 'port': server.address()['port']}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)

    # This timer should never go off as the agent will parse the hint and terminate earlier.
    timers.setTimeout(lambda: log('timer fired: still alive after 3 s'), 3000).unref()


process.run(main)
log('exit')
