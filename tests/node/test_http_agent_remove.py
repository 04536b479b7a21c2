"""Port of Node's test/parallel/test-http-agent-remove.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-remove.js
"""

from node_http_agent import http


def test_http_agent_remove(common, run):
    mustCall = common.mustCall

    server = http.createServer(mustCall(lambda req, res: res.flushHeaders()))

    def onlisten():
        def onresponse(res):
            res.on('error', mustCall())
            socket = req.socket
            socket.emit('agentRemove')
            assert socket._httpMessage is req
            socket.destroy()
            server.close()
        req = http.get({
            'port': server.address()['port'],
        }, mustCall(onresponse))

    run(lambda: server.listen(0, mustCall(onlisten)))
