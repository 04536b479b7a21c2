# catalogue 96 - with maxSockets 1, four requests with different servername values each get their own connection and SNI (test-https-agent-sni.js)
# conformance: agent
from conformance.trace import log
from node_http_agent import https, process

key = open('fixtures/server-key.pem', 'rb').read()
cert = open('fixtures/server-cert.pem', 'rb').read()


def main():
    TOTAL = 4
    waiting = TOTAL
    seen = []

    def onrequest(req, res):
        nonlocal waiting
        seen.append(req.socket.servername)
        waiting -= 1
        if waiting == 0:
            server.close()
        res.writeHead(200, {'x-sni': req.socket.servername})
        res.end('hello world')
    server = https.Server({'key': key, 'cert': cert}, onrequest)

    def onlistening():
        port = server.address()['port']
        agent = https.Agent({'maxSockets': 1})
        results = []
        for j in range(TOTAL):
            def onresponse(res, j=j):
                res.resume()
                results.append(f"response {j}: x-sni {res.headers['x-sni']} matches {'true' if res.headers['x-sni'] == f'sni.{j}' else 'false'}")
                if len(results) == TOTAL:
                    # The four connections answer in any order: print them sorted.
                    for line in sorted(results):
                        log(line)
                    log('server saw', sorted(seen))
            https.get({'agent': agent, 'path': '/', 'port': port, 'host': '127.0.0.1', 'servername': f'sni.{j}', 'rejectUnauthorized': False}, onresponse)
        log('sockets per name right after the requests', [len(s) for s in agent.sockets.values()])
        log('queued', len(agent.requests))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
