"""Port of Node's test/parallel/test-http-keep-alive.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-keep-alive.js
"""

from node_http_agent import http


def test_http_keep_alive(common, run):
    def onrequest(req, res):
        body = 'hello world\n'

        res.writeHead(200, {'Content-Length': len(body)})
        res.write(body)
        res.end()
    server = http.createServer(common.mustCall(onrequest, 3))

    agent = http.Agent({'maxSockets': 1})
    headers = {'connection': 'keep-alive'}
    name = None

    def onlisten():
        nonlocal name
        port = server.address()['port']
        name = agent.getName({'port': port})

        def onresponse1(response):
            assert len(agent.sockets[name]) == 1
            assert len(agent.requests[name]) == 2
            response.resume()
        http.get({
            'path': '/', 'headers': headers, 'port': port, 'agent': agent,
        }, common.mustCall(onresponse1))

        def onresponse2(response):
            assert len(agent.sockets[name]) == 1
            assert len(agent.requests[name]) == 1
            response.resume()
        http.get({
            'path': '/', 'headers': headers, 'port': port, 'agent': agent,
        }, common.mustCall(onresponse2))

        def onresponse3(response):
            def onend():
                assert len(agent.sockets[name]) == 1
                assert name not in agent.requests
                server.close()
            response.on('end', common.mustCall(onend))
            response.resume()
        http.get({
            'path': '/', 'headers': headers, 'port': port, 'agent': agent,
        }, common.mustCall(onresponse3))

    run(lambda: server.listen(0, common.mustCall(onlisten)))

    # process.on('exit')
    assert name not in agent.sockets
    assert name not in agent.requests
