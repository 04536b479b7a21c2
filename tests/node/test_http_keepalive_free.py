"""Port of Node's test/parallel/test-http-keepalive-free.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-keepalive-free.js
"""

from node_http_agent import http


def test_http_keepalive_free(common, run):
    def main():
        for method in ['abort', 'destroy']:
            server = http.createServer(common.mustCall(lambda req, res: res.end(req.url)))

            def onlisten(server=server, method=method):
                agent = http.Agent({'keepAlive': True})

                def onsocket(socket):
                    socket.on('free', common.mustCall())

                def onresponse(res):
                    assert req.destroyed is False

                    def onend():
                        assert req.destroyed is True
                        getattr(req, method)()
                        assert req.socket.destroyed is False
                        agent.destroy()
                        server.close()
                    res.on('end', common.mustCall(onend)).resume()

                req = http.request({
                    'port': server.address()['port'],
                    'agent': agent,
                }).on('socket', common.mustCall(onsocket)) \
                  .on('response', common.mustCall(onresponse))
                req.end()
                assert req.destroyed is False
            server.listen(0, common.mustCall(onlisten))
    run(main)
