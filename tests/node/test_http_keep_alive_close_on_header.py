"""Port of Node's test/parallel/test-http-keep-alive-close-on-header.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-keep-alive-close-on-header.js
"""

from node_http_agent import http

body = 'hello world\n'
headers = {'connection': 'keep-alive'}


def test_http_keep_alive_close_on_header(common, run):
    def onrequest(req, res):
        res.writeHead(200, {'Content-Length': len(body), 'Connection': 'close'})
        res.write(body)
        res.end()
    server = http.createServer(common.mustCall(onrequest, 3))

    connectCount = 0

    def onconnect(*args):
        nonlocal connectCount
        connectCount += 1

    def onlisten():
        port = server.address()['port']
        agent = http.Agent({'maxSockets': 1})
        name = agent.getName({'port': port})

        def onresponse(res):
            assert len(agent.sockets[name]) == 1
            res.resume()
        request = http.request({
            'method': 'GET',
            'path': '/',
            'headers': headers,
            'port': port,
            'agent': agent,
        }, common.mustCall(onresponse))
        request.on('socket', common.mustCall(lambda s: s.on('connect', onconnect)))
        request.end()

        request = http.request({
            'method': 'GET',
            'path': '/',
            'headers': headers,
            'port': port,
            'agent': agent,
        }, common.mustCall(onresponse))
        request.on('socket', common.mustCall(lambda s: s.on('connect', onconnect)))
        request.end()

        def onresponse3(response):
            def onend():
                assert len(agent.sockets[name]) == 1
                server.close()
            response.on('end', common.mustCall(onend))
            response.resume()
        request = http.request({
            'method': 'GET',
            'path': '/',
            'headers': headers,
            'port': port,
            'agent': agent,
        }, common.mustCall(onresponse3))
        request.on('socket', common.mustCall(lambda s: s.on('connect', onconnect)))
        request.end()

    run(lambda: server.listen(0, common.mustCall(onlisten)))

    # process.on('exit')
    assert connectCount == 3
