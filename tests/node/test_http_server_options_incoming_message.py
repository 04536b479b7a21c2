"""Port of Node's test/parallel/test-http-server-options-incoming-message.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-server-options-incoming-message.js
http.Server({IncomingMessage}) builds each req from that class.
"""

from node_http_agent import http


class MyIncomingMessage(http.IncomingMessage):
    def getUserAgent(self):
        return self.headers.get('user-agent') or 'unknown'


def test_http_server_options_incoming_message(common, run):
    def main():
        def onrequest(req, res):
            assert req.getUserAgent() == 'node-test'
            res.statusCode = 200
            res.end()
        server = http.createServer({'IncomingMessage': MyIncomingMessage},
                                   common.mustCall(onrequest))
        server.listen()

        def makeRequest():
            def onresponse(res):
                assert res.statusCode == 200
                res.on('end', lambda: server.close())
                res.resume()
            http.get({'port': server.address()['port'], 'headers': {'User-Agent': 'node-test'}},
                     common.mustCall(onresponse))
        server.on('listening', common.mustCall(makeRequest))
    run(main)
