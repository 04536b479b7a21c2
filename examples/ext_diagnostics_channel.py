"""diagnostics_channel: time every request without touching the code that sends it.

Subscribers to Node 20's built-in channels see each client request start,
its response arrive, and the server side of the same exchange. With nobody
subscribed, each publishing site costs one ``hasSubscribers`` check.

    python examples/ext_diagnostics_channel.py
"""

import time

from node_http_agent import diagnostics_channel, http, process

started = {}


def on_start(message, name):
    req = message['request']
    started[id(req)] = time.perf_counter()
    print(f'{name}: {req.method} {req.path}')


def on_finish(message, name):
    req, res = message['request'], message['response']
    took = (time.perf_counter() - started.pop(id(req))) * 1000
    print(f'{name}: {res.statusCode} for {req.path} after {took:.1f} ms')


diagnostics_channel.subscribe('http.client.request.start', on_start)
diagnostics_channel.subscribe('http.client.response.finish', on_finish)
diagnostics_channel.subscribe('http.server.request.start',
                              lambda m, name: print(f'{name}: server got {m["request"].url}'))
diagnostics_channel.subscribe('net.client.socket', lambda m, name: print(f'{name}: new socket'))


def main():
    server = http.createServer(lambda req, res: res.end('ok'))
    agent = http.Agent({'keepAlive': True})

    def listening():
        port = server.address()['port']
        left = [2]

        def onresponse(res):
            res.resume()

            def end():
                left[0] -= 1
                if left[0] == 0:
                    agent.destroy()
                    server.close()
            res.on('end', end)
        for path in ('/first', '/second'):
            http.get({'host': '127.0.0.1', 'port': port, 'path': path, 'agent': agent}, onresponse)
    server.listen(0, '127.0.0.1', listening)


process.run(main)
