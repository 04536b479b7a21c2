# catalogue 76 - test-http-client-agent-abort-close-event.js (probe p14 B): abort() right after http.get(): no 'socket', 'response' or 'error', just 'close' then 'abort'; the new socket is freed and destroyed, not pooled
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    requests = 0

    def handler(*args):
        nonlocal requests
        requests += 1
    server = http.createServer(handler)

    keepAliveAgent = http.Agent({'keepAlive': True})

    def onlistening():
        port = server.address()['port']

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}
        keepAliveAgent.on('free', lambda socket, *a: log("agent 'free': socket destroyed", socket.destroyed, 'free', sizes(keepAliveAgent.freeSockets)))
        req = http.get({
            'host': '127.0.0.1',
            'port': port,
            'agent': keepAliveAgent,
        })
        events = []
        for e in ['socket', 'response', 'error', 'abort', 'close']:
            def make(e):
                def listener(*args):
                    events.append(e)
                    if e == 'close':
                        def later():
                            log('events', events, 'sockets', sizes(keepAliveAgent.sockets), 'free', sizes(keepAliveAgent.freeSockets), 'total', keepAliveAgent.totalSocketCount, 'server requests', requests)
                            server.close()
                            keepAliveAgent.destroy()
                        timers.setTimeout(later, 50)
                req.on(e, listener)
            make(e)
        req.abort()
        log('after abort(): sockets', sizes(keepAliveAgent.sockets), 'total', keepAliveAgent.totalSocketCount)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
