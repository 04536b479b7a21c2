"""Port of Node's test/parallel/test-http-agent-scheduling.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-scheduling.js
"""

import pytest

from node_http_agent import http, process


def test_http_agent_scheduling(common, run):
    def createServer(count):
        def onrequest(req, res):
            # Return the remote port number used for this connection.
            res.end(str(req.socket.remotePort))
        # Node's test passes `count` to http.createServer(), not to
        # mustCallAtLeast(), so what it checks is "at least once"; kept so.
        return http.createServer(common.mustCallAtLeast(onrequest))

    def makeRequest(url, agent, callback):
        def onresponse(res):
            data = ''
            res.setEncoding('ascii')

            def ondata(c):
                nonlocal data
                data += c
            res.on('data', ondata)
            res.on('end', lambda: process.nextTick(callback, data))
        http.request(url, {'agent': agent}, onresponse).end()

    def bulkRequest(url, agent, done):
        ports = []
        count = agent.maxSockets

        def callback(port):
            nonlocal count
            count -= 1
            ports.append(port)
            if count == 0:
                done(ports)

        for _i in range(agent.maxSockets):
            makeRequest(url, agent, callback)

    def defaultTest():
        server = createServer(8)

        def onListen():
            url = f"http://localhost:{server.address()['port']}"
            agent = http.Agent({
                'keepAlive': True,
                'maxSockets': 5,
            })

            def afterBulk(ports):
                def first(port):
                    assert ports[len(ports) - 1] == port

                    def second(port):
                        assert ports[len(ports) - 1] == port

                        def third(port):
                            assert ports[len(ports) - 1] == port
                            server.close()
                            agent.destroy()
                        makeRequest(url, agent, common.mustCall(third))
                    makeRequest(url, agent, common.mustCall(second))
                makeRequest(url, agent, common.mustCall(first))
            bulkRequest(url, agent, common.mustCall(afterBulk))
        server.listen(0, onListen)

    def fifoTest():
        server = createServer(8)

        def onListen():
            url = f"http://localhost:{server.address()['port']}"
            agent = http.Agent({
                'keepAlive': True,
                'maxSockets': 5,
                'scheduling': 'fifo',
            })

            def afterBulk(ports):
                def first(port):
                    assert ports[0] == port

                    def second(port):
                        assert ports[1] == port

                        def third(port):
                            assert ports[2] == port
                            server.close()
                            agent.destroy()
                        makeRequest(url, agent, common.mustCall(third))
                    makeRequest(url, agent, common.mustCall(second))
                makeRequest(url, agent, common.mustCall(first))
            bulkRequest(url, agent, common.mustCall(afterBulk))
        server.listen(0, onListen)

    def lifoTest():
        server = createServer(8)

        def onListen():
            url = f"http://localhost:{server.address()['port']}"
            agent = http.Agent({
                'keepAlive': True,
                'maxSockets': 5,
                'scheduling': 'lifo',
            })

            def afterBulk(ports):
                def first(port):
                    assert ports[len(ports) - 1] == port

                    def second(port):
                        assert ports[len(ports) - 1] == port

                        def third(port):
                            assert ports[len(ports) - 1] == port
                            server.close()
                            agent.destroy()
                        makeRequest(url, agent, common.mustCall(third))
                    makeRequest(url, agent, common.mustCall(second))
                makeRequest(url, agent, common.mustCall(first))
            bulkRequest(url, agent, common.mustCall(afterBulk))
        server.listen(0, onListen)

    def badSchedulingOptionTest():
        # Node's assert.throws: the constructor must throw, not merely throw the right error.
        with pytest.raises(TypeError) as info:
            http.Agent({
                'keepAlive': True,
                'maxSockets': 5,
                'scheduling': 'filo',
            })
        err = info.value
        assert err.code == 'ERR_INVALID_ARG_VALUE'
        assert str(err) == ("The argument 'scheduling' must be one of: 'fifo', 'lifo'. "
                            "Received 'filo'")

    def main():
        defaultTest()
        fifoTest()
        lifoTest()
        badSchedulingOptionTest()
    run(main)
