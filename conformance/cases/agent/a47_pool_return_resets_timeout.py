# catalogue 47 - probes p11, p07: on return to the pool keepSocketAlive resets the socket timeout to the agent timeout, or 0
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
    server = http.createServer(lambda req, res: res.end('ok'))

    def get(port, agent, timeout):
        def executor(resolve):
            def onresponse(res):
                res.resume()
                res.on('end', lambda: timers.setImmediate(lambda: resolve(req)))
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'timeout': timeout}, onresponse)
            req.on('socket', lambda socket: timers.setImmediate(lambda: log('in flight socket.timeout', socket.timeout)))
        return Promise(executor)

    async def onlistening():
        port = server.address()['port']
        for options in [{'keepAlive': True, 'timeout': 150}, {'keepAlive': True}]:
            agent = http.Agent(options)
            name = agent.getName({'host': '127.0.0.1', 'port': port})
            await get(port, agent, 1000)
            log(options, 'request timeout 1000 -> free socket.timeout', agent.freeSockets[name][0].timeout)
            agent.destroy()
        server.close()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
