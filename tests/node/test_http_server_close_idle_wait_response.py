"""Port of Node's test/parallel/test-http-server-close-idle-wait-response.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-server-close-idle-wait-response.js
closeIdleConnections() leaves a connection whose response is still pending.
"""

from node_http_agent import http
from node_http_agent.timers import setTimeout


def test_http_server_close_idle_wait_response(common, run):
    def main():
        def onrequest(req, res):
            req.resume()

            def respond():
                res.writeHead(204, {'Connection': 'keep-alive', 'Keep-Alive': 'timeout=1'})
                res.end()
            setTimeout(common.mustCall(respond), 1000)
        server = http.createServer(common.mustCall(onrequest))

        def onlistening():
            port = server.address()['port']
            req = http.get(f'http://localhost:{port}', common.mustCall(lambda res: server.close()))
            req.on('finish', common.mustCall(
                lambda: setTimeout(common.mustCall(server.closeIdleConnections), 500)))
        server.listen(0, common.mustCall(onlistening))
    run(main)
