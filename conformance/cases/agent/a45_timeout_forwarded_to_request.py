# catalogue 45 - test-http-agent-timeout-option.js, test-http-client-timeout-option-with-agent.js: tickOnSocket forwards socket 'timeout' only when req.timeout or agent.options.timeout is set
# conformance: agent
import asyncio

from conformance.trace import log
from node_http_agent import http, process, timers


def Promise(executor):
    fut = asyncio.get_running_loop().create_future()

    def resolve(value=None):
        if not fut.done():
            fut.set_result(value)
    executor(resolve)
    return fut


def main():
    # The server accepts requests and never answers.
    server = http.createServer(lambda req, res: None)

    def attempt(label, port, agentOptions, reqTimeout, userSocketTimeout):
        def executor(resolve):
            agent = http.Agent(agentOptions)
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'timeout': reqTimeout})
            reqTimeouts = 0

            def ontimeout():
                nonlocal reqTimeouts
                reqTimeouts += 1
            req.on('timeout', ontimeout)
            req.on('error', lambda e: log(label, 'req error', e.code))

            def onclose():
                log(label, 'req close')
                agent.destroy()
                resolve()
            req.on('close', onclose)

            def onsocket(socket):
                if userSocketTimeout:
                    socket.setTimeout(userSocketTimeout)

                def onsockettimeout():
                    def later():
                        log(label, 'socket timeout; req timeouts', reqTimeouts)
                        req.destroy()
                    timers.setImmediate(later)
                socket.on('timeout', onsockettimeout)
            req.on('socket', onsocket)
        return Promise(executor)

    async def onlistening():
        port = server.address()['port']
        await attempt('agent timeout', port, {'timeout': 50}, None, None)
        await attempt('request timeout', port, {}, 50, None)
        await attempt('neither (user socket.setTimeout)', port, {}, None, 50)
        server.close()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
