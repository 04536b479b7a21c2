"""Port of Node's test/parallel/test-http-server-options-server-response.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-server-options-server-response.js
http.Server({ServerResponse}) builds each res from that class.
"""

from node_http_agent import http


class MyServerResponse(http.ServerResponse):
    def status(self, code):
        return self.writeHead(code, {'Content-Type': 'text/plain'})


def test_http_server_options_server_response(common, run):
    def main():
        def onrequest(req, res):
            res.status(200)
            res.end()
        server = http.Server({'ServerResponse': MyServerResponse}, common.mustCall(onrequest))
        server.listen()

        def makeRequest():
            def onresponse(res):
                assert res.statusCode == 200
                res.on('end', lambda: server.close())
                res.resume()
            http.get({'port': server.address()['port']}, common.mustCall(onresponse))
        server.on('listening', common.mustCall(makeRequest))
    run(main)
