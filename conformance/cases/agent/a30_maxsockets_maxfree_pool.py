# catalogue 30 - test-http-agent-maxsockets.js: with maxSockets 2 and maxFreeSockets 2, two finished requests leave 2 sockets in the pool
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


def main():
    agent = http.Agent({'keepAlive': True, 'keepAliveMsecs': 1000, 'maxSockets': 2, 'maxFreeSockets': 2})
    server = http.createServer(lambda req, res: res.end('hello world'))

    def onlistening():
        port = server.address()['port']

        def get(path, callback):
            return http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': path}, callback)
        count = 0
        statuses = []

        def done():
            nonlocal count
            count += 1
            if count != 2:
                return
            freepool = agent.freeSockets[list(agent.freeSockets.keys())[0]]
            log('statuses', statuses, 'free pool length', len(freepool), 'active', len(list(agent.sockets.keys())), 'total', agent.totalSocketCount)
            agent.destroy()
            server.close()

        def make(p):
            def onresponse(res):
                statuses.append(res.statusCode)
                res.resume()
                res.on('end', lambda: process.nextTick(done))
            get(p, onresponse)
        for p in ['/1', '/2']:
            make(p)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
