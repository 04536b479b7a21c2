# catalogue 57 - code [V20] 'free' handler, probes p05, p07, p20: keepSocketAlive is consulted only after the keepAlive, queue and maxFreeSockets checks pass
# conformance: agent
import asyncio

from conformance.trace import log
from node_http_agent import http, process, timers


class CountingAgent(http.Agent):
    def keepSocketAlive(self, socket):
        self.calls = (getattr(self, 'calls', None) or 0) + 1
        return super().keepSocketAlive(socket)


def Promise(executor):
    fut = asyncio.get_running_loop().create_future()

    def resolve(value=None):
        if not fut.done():
            fut.set_result(value)
    executor(resolve)
    return fut


def main():
    # Answers after 20 ms, so concurrent requests overlap.
    def handler(req, res):
        timers.setTimeout(lambda: res.end('ok'), 20)
    server = http.createServer(handler)

    def run(port, label, options, n):
        def executor(resolve):
            agent = CountingAgent(options)
            frees = 0

            def onfree(*args):
                nonlocal frees
                frees += 1
            agent.on('free', onfree)
            left = n
            for i in range(n):
                def onresponse(res):
                    res.resume()

                    def onend():
                        nonlocal left
                        left -= 1
                        if left == 0:
                            def later():
                                free = [len(l) for l in agent.freeSockets.values()]
                                log(label, 'requests', n, "'free' events", frees, 'keepSocketAlive calls', getattr(agent, 'calls', None) or 0, 'pooled', free)
                                agent.destroy()
                                resolve()
                            timers.setTimeout(later, 30)
                    res.on('end', onend)
                http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
        return Promise(executor)

    async def onlistening():
        port = server.address()['port']
        await run(port, 'keepAlive false, maxSockets 4:', {'maxSockets': 4}, 1)
        await run(port, 'keepAlive, maxSockets 1 (queue hand-off):', {'keepAlive': True, 'maxSockets': 1}, 2)
        await run(port, 'keepAlive, maxFreeSockets 1:', {'keepAlive': True, 'maxFreeSockets': 1}, 2)
        await run(port, 'keepAlive, no limits:', {'keepAlive': True}, 2)
        server.close()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
