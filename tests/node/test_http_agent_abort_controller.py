"""Port of Node's test/parallel/test-http-agent-abort-controller.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-abort-controller.js
"""

from node_http_agent import AbortController, http
from node_http_agent.events import getEventListeners, once

Agent = http.Agent


def test_http_agent_abort_controller(common, run):
    agent = Agent()
    server = http.createServer()

    async def onlisten():
        port = server.address()['port']
        host = 'localhost'
        options = {
            'port': port,
            'host': host,
            '_agentKey': agent.getName({'port': port, 'host': host}),
        }

        async def postCreateConnection():
            ac = AbortController()
            signal = ac.signal
            connection = agent.createConnection({**options, 'signal': signal})
            assert len(getEventListeners(signal, 'abort')) == 1
            ac.abort()
            [err] = await once(connection, 'error')
            assert getattr(err, 'name', None) == 'AbortError'

        async def preCreateConnection():
            ac = AbortController()
            signal = ac.signal
            ac.abort()
            connection = agent.createConnection({**options, 'signal': signal})
            [err] = await once(connection, 'error')
            assert getattr(err, 'name', None) == 'AbortError'

        async def agentAsParam():
            ac = AbortController()
            signal = ac.signal
            request = http.get({
                'port': server.address()['port'],
                'path': '/hello',
                'agent': agent,
                'signal': signal,
            })
            assert len(getEventListeners(signal, 'abort')) == 1
            ac.abort()
            [err] = await once(request, 'error')
            assert getattr(err, 'name', None) == 'AbortError'

        async def agentAsParamPreAbort():
            ac = AbortController()
            signal = ac.signal
            ac.abort()
            request = http.get({
                'port': server.address()['port'],
                'path': '/hello',
                'agent': agent,
                'signal': signal,
            })
            assert len(getEventListeners(signal, 'abort')) == 0
            [err] = await once(request, 'error')
            assert getattr(err, 'name', None) == 'AbortError'

        await postCreateConnection()
        await preCreateConnection()
        await agentAsParam()
        await agentAsParamPreAbort()
        server.close()

    run(lambda: server.listen(0, common.mustCall(onlisten)))
