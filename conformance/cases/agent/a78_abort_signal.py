# catalogue 78 - test-http-agent-abort-controller.js: an AbortSignal given to agent.createConnection or to a request aborts it with AbortError; a pre-aborted signal attaches no listener
# conformance: agent
from conformance.trace import log
from node_http_agent import AbortController, http, process
from node_http_agent.events import getEventListeners, once


def main():
    agent = http.Agent()
    server = http.createServer()

    async def onlistening():
        port = server.address()['port']
        host = '127.0.0.1'
        options = {
            'port': port,
            'host': host,
            '_agentKey': agent.getName({'port': port, 'host': host}),
        }

        async def postCreateConnection():
            ac = AbortController()
            signal = ac.signal
            connection = agent.createConnection({**options, 'signal': signal})
            log('postCreateConnection: abort listeners', len(getEventListeners(signal, 'abort')))
            ac.abort()
            [err] = await once(connection, 'error')
            log('postCreateConnection:', err.name, err.code, str(err))

        async def preCreateConnection():
            ac = AbortController()
            signal = ac.signal
            ac.abort()
            connection = agent.createConnection({**options, 'signal': signal})
            [err] = await once(connection, 'error')
            log('preCreateConnection:', err.name, err.code, str(err))

        async def agentAsParam():
            ac = AbortController()
            signal = ac.signal
            request = http.get({
                'host': '127.0.0.1',
                'port': server.address()['port'],
                'path': '/hello',
                'agent': agent,
                'signal': signal,
            })
            log('agentAsParam: abort listeners', len(getEventListeners(signal, 'abort')))
            ac.abort()
            [err] = await once(request, 'error')
            log('agentAsParam:', err.name, err.code, str(err))

        async def agentAsParamPreAbort():
            ac = AbortController()
            signal = ac.signal
            ac.abort()
            request = http.get({
                'host': '127.0.0.1',
                'port': server.address()['port'],
                'path': '/hello',
                'agent': agent,
                'signal': signal,
            })
            log('agentAsParamPreAbort: abort listeners', len(getEventListeners(signal, 'abort')))
            [err] = await once(request, 'error')
            log('agentAsParamPreAbort:', err.name, err.code, str(err))

        await postCreateConnection()
        await preCreateConnection()
        await agentAsParam()
        await agentAsParamPreAbort()
        server.close()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
