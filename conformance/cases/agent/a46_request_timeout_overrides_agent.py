# catalogue 46 - test-http-client-timeout-option-with-agent.js (probe p11): a request timeout that differs from the agent's is applied on assignment and fires exactly once
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
        agent = http.Agent({'keepAlive': True, 'timeout': 1000})
        timeouts = 0

        def onresponse(res):
            res.resume()

            def onend():
                log('response end; req timeouts', timeouts)
                agent.destroy()
                server.close()
            res.on('end', onend)
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'timeout': 50}, onresponse)

        def onsocket(socket):
            timers.setImmediate(lambda: log('assigned socket.timeout', socket.timeout))
        req.on('socket', onsocket)

        def ontimeout():
            nonlocal timeouts
            timeouts += 1
            log('req timeout', timeouts, 'socket destroyed', req.socket.destroyed)
        req.on('timeout', ontimeout)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
