# catalogue 26 - test-http-keep-alive.js: requests beyond maxSockets wait in requests[name] (FIFO); the response callbacks see requests[name].length 2, 1, then absent (probe p05)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


def main():
    body = 'hello world\n'

    def handler(req, res):
        res.writeHead(200, {'Content-Length': len(body)})
        res.write(body)
        res.end()
    server = http.createServer(handler)

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'maxSockets': 1})
        headers = {'connection': 'keep-alive'}
        name = agent.getName({'host': '127.0.0.1', 'port': port})
        order = []

        def get(p):
            def onresponse(response):
                order.append(p)
                log(p, 'sockets[name].length', len(agent.sockets[name]),
                    'requests[name]', 'absent' if agent.requests.get(name) is None else len(agent.requests[name]))
                response.resume()
                if p == '/c':
                    def onend():
                        log('response order', order, 'sockets[name].length at the last end', len(agent.sockets[name]),
                            'requests has name', name in agent.requests)
                        server.close()
                    response.on('end', onend)
            http.get({'path': p, 'headers': headers, 'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
        for p in ['/a', '/b', '/c']:
            get(p)
        log('queued', len(agent.requests[name]))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
