# §1.6 / tls.connect - certificate checks on https requests: verification is on by default (Node's codes and messages), a trusted ca works, rejectUnauthorized: false connects with authorized false (test-https-strict.js, test-tls-client-verify.js)
from conformance.trace import log
from node_http_agent import https, process, timers

key = open('fixtures/server-key.pem', 'rb').read()
cert = open('fixtures/server-cert.pem', 'rb').read()
ca = open('fixtures/ca.pem', 'rb').read()
otherCa = open('fixtures/other-ca.pem', 'rb').read()


def main():
    server = https.createServer({'key': key, 'cert': cert}, lambda req, res: res.end('ok'))
    # A client that rejects the certificate ends the handshake: not a case for the trace.
    server.on('clientError', lambda *a: None)

    plan = [
        ['no ca', {'host': 'localhost'}],
        ['another ca', {'host': 'localhost', 'ca': otherCa}],
        ['ca, localhost', {'host': 'localhost', 'ca': ca}],
        ['ca, 127.0.0.1', {'host': '127.0.0.1', 'ca': ca}],
        ['ca list', {'host': 'localhost', 'ca': [otherCa, ca]}],
        ['ca as string', {'host': 'localhost', 'ca': ca.decode()}],
        ['rejectUnauthorized false', {'host': 'localhost', 'rejectUnauthorized': False}],
        ['ca, wrong servername', {'host': '127.0.0.1', 'ca': ca, 'servername': 'wrong.test'}],
        ['ca, wrong servername, rejectUnauthorized false', {'host': '127.0.0.1', 'ca': ca, 'servername': 'wrong.test', 'rejectUnauthorized': False}],
        ['ca, wrong Host header', {'host': '127.0.0.1', 'ca': ca, 'headers': {'host': 'wrong.test'}}],
    ]

    def onlistening():
        port = server.address()['port']

        def next():
            if not plan:
                return server.close()
            name, opts = plan.pop(0)

            def onresponse(res):
                log(f'{name}:', res.statusCode, 'authorized', res.socket.authorized, 'authorizationError', res.socket.authorizationError)
                res.resume()
                res.on('end', lambda: timers.setImmediate(next))
            req = https.get({'port': port, 'agent': False, **opts}, onresponse)

            def onerror(err):
                log(f'{name}: error', err.code, str(err))
                timers.setImmediate(next)
            req.on('error', onerror)
        next()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
