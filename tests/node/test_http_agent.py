"""Port of Node's test/parallel/test-http-agent.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent.js
"""

import asyncio

from node_http_agent import http, process
from node_http_agent.timers import setTimeout

N = 4
M = 4


def test_http_agent(common, run):
    def onrequest(req, res):
        res.writeHead(200)
        res.end('hello world\n')
    server = http.Server(common.mustCall(onrequest, N * M))  # N * M = good requests
    # (the errors will not be counted)

    def makeRequests(outCount, inCount, shouldFail=False):
        responseCount = outCount * inCount
        onRequest = common.mustNotCall()  # Temporary
        p = asyncio.get_running_loop().create_future()

        def onRequestBody(res):
            nonlocal responseCount
            responseCount -= 1
            if responseCount == 0:
                server.close()
                p.set_result(None)
            if not shouldFail:
                res.resume()
        onRequest = common.mustCall(onRequestBody, outCount * inCount)

        def onlisten():
            port = server.address()['port']
            for i in range(outCount):
                def later():
                    for _j in range(inCount):
                        req = http.get({'port': port, 'path': '/'}, onRequest)
                        if shouldFail:
                            req.on('error', common.mustCall(onRequest))
                        else:
                            def fail(e):
                                raise AssertionError(e)
                            req.on('error', fail)
                setTimeout(later, i)
        server.listen(0, onlisten)
        return p

    async def main():
        test1 = makeRequests(N, M)

        def test2():
            # Should not explode if can not create sockets.
            # Ref: https://github.com/nodejs/node/issues/13045
            # Ref: https://github.com/nodejs/node/issues/13831
            def createConnection(self, _, cb):
                process.nextTick(cb, Exception('nothing'))
            http.Agent.createConnection = createConnection
            return makeRequests(N, M, True)

        await test1
        await test2()
    run(main)
