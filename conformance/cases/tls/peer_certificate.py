# getPeerCertificate() and getPeerCertificate(true) as Node builds them: key order, subject/issuer objects (repeated OU), subjectaltname with IPv6, email, a URI that needs quotes, infoAccess, ca, RSA and EC key details, pubkey, dates, fingerprints, ext_key_usage, serialNumber, raw, and the issuerCertificate chain up to the self-referencing root
from conformance.trace import log
from node_http_agent import process, timers, tls

ca = open('fixtures/root.pem', 'rb').read()


def show(label, cert):
    log(label, 'keys', list(cert.keys()))
    for k, v in cert.items():
        if k == 'issuerCertificate':
            continue
        if isinstance(v, bytes):
            log(label, k, v.hex())
        else:
            log(label, k, v)


plan = ['rsa-details', 'via-int', 'self-signed']


def next():
    if not plan:
        return
    name = plan.pop(0)
    server = tls.createServer({'key': open(f'fixtures/{name}-key.pem', 'rb').read(), 'cert': open(f'fixtures/{name}.pem', 'rb').read()}, lambda s: s.end())

    def onlistening():
        def onsecure():
            show(f'{name} plain', socket.getPeerCertificate())
            cert = socket.getPeerCertificate(True)
            depth = 0
            while cert:
                show(f'{name} detailed[{depth}]', cert)
                if cert.get('issuerCertificate') is cert:
                    log(name, 'root refers to itself at depth', depth)
                    break
                cert = cert.get('issuerCertificate')
                depth += 1
            socket.end()
        socket = tls.connect({'port': server.address()['port'], 'host': 'localhost', 'ca': ca, 'rejectUnauthorized': False}, onsecure)
        socket.on('close', lambda *a: server.close(lambda *a: timers.setImmediate(next)))
    server.listen(0, '127.0.0.1', onlistening)


process.run(next)
