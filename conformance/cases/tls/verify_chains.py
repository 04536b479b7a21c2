# tls.connect certificate verification, chain by chain (fixtures/generate.py): authorized/authorizationError with rejectUnauthorized false, the error code and message with it on - self-signed leaf, self-signed root in the chain, unknown issuer (alone, via an intermediate), impostor CAs with the trusted CA's name, a flipped signature byte, expired and not-yet-valid leafs, an expired intermediate, an intermediate that is not a CA, a client-only leaf, wrong host names
import json

from conformance.trace import log
from node_http_agent import process, timers, tls

ca = open('fixtures/root.pem', 'rb').read()
plan = [
    ['good', {}],
    ['via-int', {}],
    ['self-signed', {}],
    ['other-alone', {}],
    ['other-root-in', {}],
    ['other-int', {}],
    ['impostor', {}],
    ['impostor-akid', {}],
    ['impostor-noakid', {}],
    ['bad-signature', {}],
    ['expired', {}],
    ['not-yet-valid', {}],
    ['expired-int', {}],
    ['not-ca-int', {}],
    ['client-only', {}],
    ['good', {'servername': 'wrong.test'}],
    ['good', {'host': '127.0.0.1'}],
    ['self-signed', {'servername': 'wrong.test'}],
    ['good', {'ca': open('fixtures/impostor-root.pem', 'rb').read()}],
    ['good', {'ca': [open('fixtures/impostor-root.pem', 'rb').read(), ca]}],
    ['good', {'ca': 'not a pem'}],
]


def attempt(port, name, extra, shown, rejectUnauthorized, done):
    label = f"{name} {json.dumps(shown, separators=(',', ':'))} rejectUnauthorized={'true' if rejectUnauthorized else 'false'}:"

    def onsecure():
        log(label, 'secureConnect authorized', socket.authorized, 'authorizationError', socket.authorizationError)
        socket.end()
    socket = tls.connect({'port': port, 'host': 'localhost', 'ca': ca, 'rejectUnauthorized': rejectUnauthorized, **extra}, onsecure)
    failed = [False]

    def onerror(err):
        failed[0] = True
        log(label, 'error', err.code, str(err), 'authorized', socket.authorized, 'authorizationError', socket.authorizationError)
    socket.on('error', onerror)
    socket.on('close', lambda *a: done(failed[0]))


def next():
    if not plan:
        return
    name, extra = plan.pop(0)
    key = open(f'fixtures/{name}-key.pem', 'rb').read()
    cert = open(f'fixtures/{name}.pem', 'rb').read()
    server = tls.createServer({'key': key, 'cert': cert}, lambda s: s.end())
    server.on('tlsClientError', lambda *a: None)

    def onlistening():
        port = server.address()['port']
        shown = {**extra}
        if shown.get('ca'):
            shown['ca'] = 'impostor+root' if isinstance(shown['ca'], list) else (shown['ca'] if shown['ca'] == 'not a pem' else 'impostor')
        attempt(port, name, extra, shown, False, lambda *a: attempt(
            port, name, extra, shown, True, lambda *a: server.close(lambda *a: timers.setImmediate(next))))
    server.listen(0, '127.0.0.1', onlistening)


process.run(next)
