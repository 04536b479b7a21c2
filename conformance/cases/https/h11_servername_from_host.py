# §1.6, catalogue 88 - servername comes from the Host header (port and [] stripped), else from host; an IP gives '' (no SNI); a servername equal to host is left out of the pool key (probe p16)
# conformance: agent
import json

from conformance.trace import log
from node_http_agent import https, process, timers

key = open('fixtures/server-key.pem', 'rb').read()
cert = open('fixtures/server-cert.pem', 'rb').read()


def main():
    server = https.createServer({'key': key, 'cert': cert}, lambda req, res: res.end(json.dumps(req.socket.servername)))

    def onlistening():
        port = server.address()['port']
        agent = https.Agent({'keepAlive': True})
        plan = [
            {'host': '127.0.0.1'},
            {'host': '127.0.0.1', 'headers': {'host': f'localhost:{port}'}},
            {'host': 'localhost'},
            {'host': '127.0.0.1', 'headers': {'host': '[::1]:123'}},
            {'host': '127.0.0.1', 'headers': {'host': 'example.test'}, 'servername': ''},
            {'host': '127.0.0.1', 'servername': 'example.test'},
        ]
        i = 0
        seen = []
        agent.on('free', lambda socket, options: seen.append(options['servername']))

        def next():
            nonlocal i, seen
            opts = plan[i] if i < len(plan) else None
            i += 1
            if not opts:
                agent.destroy()
                server.close()
                return

            def onresponse(res):
                body = ''
                res.setEncoding('utf8')

                def ondata(d):
                    nonlocal body
                    body += d
                res.on('data', ondata)

                def later():
                    nonlocal seen
                    log(json.dumps(opts, separators=(',', ':')).replace(str(port), 'PORT'), '-> server saw SNI', body,
                        'options.servername', seen)
                    log('  free keys', [k.replace(str(port), 'PORT') for k in agent.freeSockets])
                    seen = []
                    next()
                res.on('end', lambda: timers.setImmediate(later))
            req = https.get({'port': port, 'agent': agent, 'rejectUnauthorized': False, **opts}, onresponse)
            req.on('error', lambda e: log('error', e.code))
        next()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
