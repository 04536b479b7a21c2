# catalogue 49 - probe p11: an active socket that times out is not destroyed by the agent; only the request gets 'timeout' and the response still completes
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    # The server answers after 150 ms.
    def handler(req, res):
        timers.setTimeout(lambda: res.end('slow'), 150)
    server = http.createServer(handler)

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True, 'timeout': 50})

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}
        timeouts = 0

        def onresponse(res):
            body = ''

            def ondata(d):
                nonlocal body
                body += d.decode()
            res.on('data', ondata)

            def onend():
                log('response', res.statusCode, body, 'req timeouts', timeouts)

                def later():
                    log('pooled after end: free', sizes(agent.freeSockets), 'sockets', sizes(agent.sockets))
                    agent.destroy()
                    server.close()
                timers.setImmediate(later)
            res.on('end', onend)
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)

        def ontimeout():
            nonlocal timeouts
            timeouts += 1
            timers.setImmediate(lambda: log('req timeout; socket destroyed', req.socket.destroyed, 'sockets', sizes(agent.sockets), 'total', agent.totalSocketCount))
        req.on('timeout', ontimeout)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
