# catalogue 73 - test-http-abort-queued.js (probe p14 A): an aborted queued request stays in agent.requests until its turn, is skipped then, and never reaches the server
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    complete = None
    urls = []

    def handler(req, res):
        nonlocal complete
        # The queued /thatotherone request should never reach the server: it is aborted before it is sent.
        urls.append(req.url)

        res.writeHead(200)
        res.write('foo')

        def end():
            res.end()
        complete = complete or end
    server = http.createServer(handler)

    def onlistening():
        agent = http.Agent({'maxSockets': 1})
        log('sockets keys', len(agent.sockets))

        options = {
            'hostname': '127.0.0.1',
            'port': server.address()['port'],
            'method': 'GET',
            'path': '/',
            'agent': agent,
        }

        req1 = http.request(options)

        def onresponse(res1):
            log('response1: sockets keys', len(agent.sockets), 'requests keys', len(agent.requests))

            req2 = http.request({
                'method': 'GET',
                'host': '127.0.0.1',
                'port': server.address()['port'],
                'path': '/thatotherone',
                'agent': agent,
            })
            log('req2 queued: sockets keys', len(agent.sockets), 'requests keys', len(agent.requests))

            req2.on('error', lambda err: log('req2 error', err.code))
            req2.on('abort', lambda: log('req2 abort'))
            req2.on('close', lambda: log('req2 close'))
            req2.on('socket', lambda *a: log('req2 socket?!'))

            req2.end()
            req2.abort()

            log('after req2.abort(): sockets keys', len(agent.sockets), 'requests keys', len(agent.requests), 'destroyed', req2.destroyed)

            res1.on('data', lambda chunk: complete())

            def onend():
                log('response1 end')

                def later():
                    log('100 ms later: sockets keys', len(agent.sockets), 'requests keys', len(agent.requests), 'server saw', urls)
                    server.close()
                timers.setTimeout(later, 100)
            res1.on('end', onend)
        req1.on('response', onresponse)

        req1.end()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
