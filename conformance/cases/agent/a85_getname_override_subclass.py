# catalogue 85, 87 - code [V20] (getName is looked up on the agent at every use): a subclass getName decides the pool key, so two origins that map to one name share pooled sockets
# conformance: agent
import asyncio

from conformance.trace import log
from node_http_agent import http, process, timers

calls = 0


class MyAgent(http.Agent):
    def getName(self, options=None):
        global calls
        calls += 1
        return 'shared'


def Promise(executor):
    fut = asyncio.get_running_loop().create_future()

    def resolve(value=None):
        if not fut.done():
            fut.set_result(value)
    executor(resolve)
    return fut


def get(agent, port):
    def executor(resolve):
        def onresponse(res):
            body = ''

            def ondata(d):
                nonlocal body
                body += d.decode()
            res.on('data', ondata)
            res.on('end', lambda: timers.setImmediate(lambda: resolve([req, body])))
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
    return Promise(executor)


def main():
    serverA = http.createServer(lambda req, res: res.end('A'))
    serverB = http.createServer(lambda req, res: res.end('B'))

    async def onlistening():
        agent = MyAgent({'keepAlive': True})
        createConnection = agent.createConnection

        def myCreateConnection(options, cb=None):
            log('createConnection _agentKey', options['_agentKey'])
            return createConnection(options, cb)
        agent.createConnection = myCreateConnection
        [r1, body1] = await get(agent, serverA.address()['port'])
        log('to A: body', body1, 'reusedSocket', r1.reusedSocket, 'free', list(agent.freeSockets))
        [r2, body2] = await get(agent, serverB.address()['port'])
        log('to B: body', body2, 'reusedSocket', r2.reusedSocket, 'free', list(agent.freeSockets), 'getName called', calls > 0)
        agent.destroy()
        serverA.close()
        serverB.close()
    serverA.listen(0, '127.0.0.1', lambda: serverB.listen(0, '127.0.0.1', onlistening))


process.run(main)
