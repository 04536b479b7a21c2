# catalogue 102 - probe p22: adding the first 'keylog' listener to an idle agent (no active sockets) is fine, and later sockets still work
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        agent = http.Agent({'keepAlive': True})
        agent.on('keylog', lambda *a: log('keylog on plain http?!'))
        log('keylog listener added on an idle agent; listeners', agent.listenerCount('keylog'), 'newListener listeners', agent.listenerCount('newListener'))

        def onresponse(res):
            res.resume()

            def onend():
                log('request after the listener: status', res.statusCode)
                agent.destroy()
                server.close()
            res.on('end', onend)
        http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': agent}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
