# catalogue 81, 12, 13 - test-http-createConnection.js (probe p13): a createConnection assigned on the instance may return the socket, call back with it, or both (sync or async); it counts once; the options it gets
# conformance: agent
import asyncio

from conformance.trace import log
from node_http_agent import http, net, process, timers


def Promise(executor):
    fut = asyncio.get_running_loop().create_future()

    def resolve(value=None):
        if not fut.done():
            fut.set_result(value)
    executor(resolve)
    return fut


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    async def onlistening():
        port = server.address()['port']

        def returnForm(opts, cb):
            return net.createConnection(port, '127.0.0.1')

        def callbackAsync(opts, cb):
            timers.setImmediate(lambda: cb(None, net.createConnection(port, '127.0.0.1')))

        def bothSync(opts, cb):
            s = net.createConnection(port, '127.0.0.1')
            cb(None, s)
            return s

        def bothAsync(opts, cb):
            s = net.createConnection(port, '127.0.0.1')
            timers.setImmediate(lambda: cb(None, s))
            return s
        variants = {
            'returnForm': returnForm,
            'callbackAsync': callbackAsync,
            'bothSync': bothSync,
            'bothAsync': bothAsync,
        }
        for label, fn in variants.items():
            calls = 0
            seen = None
            agent = http.Agent({'keepAlive': True})

            def createConnection(opts, cb=None):
                nonlocal calls, seen
                calls += 1
                seen = opts
                return fn(opts, cb)
            agent.createConnection = createConnection

            def executor(resolve):
                def onresponse(res):
                    res.resume()

                    def later():
                        log(label, 'response', res.statusCode, 'createConnection calls', calls, 'total', agent.totalSocketCount, 'pooled', [len(l) for l in agent.freeSockets.values()])
                        agent.destroy()
                        resolve()
                    res.on('end', lambda: timers.setImmediate(later))
                req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)

                def onerror(e):
                    log(label, 'error', str(e))
                    resolve()
                req.on('error', onerror)
            await Promise(executor)
            if label == 'returnForm':
                log('options keys', sorted(seen.keys()))
                log('_agentKey', seen['_agentKey'].replace(str(port), 'PORT'), 'agent is the agent', seen['agent'] is agent,
                    'encoding', seen['encoding'], 'noDelay', seen['noDelay'], 'path', seen['path'], 'servername', [seen['servername']],
                    'keepAlive', seen['keepAlive'], 'keepAliveInitialDelay', seen['keepAliveInitialDelay'])
        server.close()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
