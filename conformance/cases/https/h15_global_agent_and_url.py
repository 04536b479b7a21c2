# §1.5, catalogue 98 - https.request uses https.globalAgent as read at call time (assignable), takes a URL string plus options, defaults to port 443 in the Host header and agent name (test-https-client-override-global-agent.js style, probe p19)
# conformance: agent
import json

from conformance.trace import log
from node_http_agent import https, process

key = open('fixtures/server-key.pem', 'rb').read()
cert = open('fixtures/server-cert.pem', 'rb').read()
ca = open('fixtures/ca.pem', 'rb').read()


def main():
    server = https.createServer({'key': key, 'cert': cert}, lambda req, res: res.end(f"{req.method} {req.url} host={req.headers['host']}"))

    def onlistening():
        port = server.address()['port']
        original = https.globalAgent
        mine = https.Agent({'keepAlive': False})
        https.globalAgent = mine

        def onresponse(res):
            body = ''
            res.setEncoding('utf8')

            def ondata(d):
                nonlocal body
                body += d
            res.on('data', ondata)

            def onend():
                log('body', body.replace(str(port), 'PORT'))
                https.globalAgent = original
                r2 = https.request({'host': 'localhost', 'port': 1, 'ca': ca})
                log('after restoring: r2.agent is the original', r2.agent is original)
                r2.on('error', lambda e: log('r2 error', e.code))
                r2.destroy()
                r3 = https.request({'host': 'localhost', 'ca': ca, 'agent': https.Agent()})
                log('default port in the Host header', json.dumps(r3.getHeader('host')), 'agent key', [k.replace(ca.decode(), 'CA') for k in r3.agent.sockets])
                r3.on('error', lambda e: log('r3 error', e.code))
                r3.destroy()
                server.close()
            res.on('end', onend)
        req = https.get(f'https://localhost:{port}/path?q=1', {'ca': ca}, onresponse)
        log('req.agent is the assigned globalAgent', req.agent is mine, 'protocol', req.protocol)
        log('agent keys', [k.replace(str(port), 'PORT').replace(ca.decode(), 'CA') for k in mine.sockets])
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
