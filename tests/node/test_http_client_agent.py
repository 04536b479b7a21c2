"""Port of Node's test/parallel/test-http-client-agent.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-client-agent.js
"""

from node_http_agent import http
from node_http_agent.timers import setTimeout


def test_http_client_agent(common, run):
    name = None
    max = 3
    agent = http.Agent()

    def onrequest(req, res):
        if req.url == '/0':
            def later():
                res.writeHead(200)
                res.end('Hello, World!')
            setTimeout(common.mustCall(later), 100)
        else:
            res.writeHead(200)
            res.end('Hello, World!')
    server = http.Server(common.mustCall(onrequest, max))

    def onlisten():
        nonlocal name
        name = agent.getName({'port': server.address()['port']})
        for i in range(max):
            request(i)

    def finish():
        assert name not in agent.sockets
        assert name not in agent.requests
        server.close()
    countdown = common.Countdown(max, finish)

    def request(i):
        def onresponse(res):
            socket = req.socket

            def onclose(*args):
                countdown.dec()
                if countdown.remaining > 0:
                    assert (socket in agent.sockets[name]) is False
            socket.on('close', common.mustCall(onclose))
            res.resume()
        req = http.get({
            'port': server.address()['port'],
            'path': f'/{i}',
            'agent': agent,
        }, onresponse)

    run(lambda: server.listen(0, common.mustCall(onlisten)))
