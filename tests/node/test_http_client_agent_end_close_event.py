"""Port of Node's test/parallel/test-http-client-agent-end-close-event.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-client-agent-end-close-event.js
"""

from node_http_agent import http


def test_http_client_agent_end_close_event(common, run):
    server = http.createServer(common.mustCall(lambda req, res: res.end('hello')))

    keepAliveAgent = http.Agent({'keepAlive': True})

    def onlisten():
        req = http.get({
            'port': server.address()['port'],
            'agent': keepAliveAgent,
        })

        def onresponse(res):
            def onclose():
                server.close()
                keepAliveAgent.destroy()
            res.on('close', common.mustCall(onclose)) \
               .on('data', common.mustCall())
        req.on('response', common.mustCall(onresponse)).end()

    run(lambda: server.listen(0, common.mustCall(onlisten)))
