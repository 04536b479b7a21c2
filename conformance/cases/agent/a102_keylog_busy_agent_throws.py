# catalogue 102 - probe p22: the first agent.on('keylog') while a socket is active throws TypeError: sockets[i].on is not a function (Node 20 iterates the per-origin lists as sockets)
# conformance: agent
# conformance: deviation=Node 20 bug kept out on purpose (docs/deviations.md, "'keylog' on an agent with active sockets"): the listener is attached to every active socket instead of throwing TypeError
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    server = http.createServer(lambda req, res: timers.setTimeout(lambda: res.end('ok'), 50))

    def onlistening():
        agent = http.Agent({'keepAlive': True})

        def onresponse(res):
            res.resume()

            def onend():
                agent.destroy()
                server.close()
            res.on('end', onend)
        http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': agent}, onresponse)
        log('active socket lists', len(agent.sockets))
        try:
            agent.on('keylog', lambda *a: None)
            log('adding a keylog listener with active sockets: no exception; keylog listeners', agent.listenerCount('keylog'))
        except Exception as e:
            log('adding a keylog listener with active sockets: throws', isinstance(e, TypeError), str(e))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
