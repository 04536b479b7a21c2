# §1.8, catalogue 85/88 - https getName(): the http name plus 19 TLS fields in Node's order (probe p01; test-https-agent-getname.js)
# conformance: agent
from conformance.trace import log
from node_http_agent import https

agent = https.Agent()
log('getName()', agent.getName())
log('colons in the empty name', len(agent.getName().split(':')) - 1)
cases = [
    {},
    {'host': 'h', 'servername': 'other'},
    {'host': 'h', 'servername': 'h'},
    {'host': '127.0.0.1', 'port': 443, 'servername': ''},
    {'rejectUnauthorized': False},
    {'rejectUnauthorized': True},
    {'honorCipherOrder': False, 'secureOptions': 0},
    {'ca': ['a', 'b'], 'crl': ['c', 'r', 'l']},
    {'ciphers': 'AES256-SHA', 'minVersion': 'TLSv1.2', 'maxVersion': 'TLSv1.3'},
    {'sigalgs': 'RSA-PSS+SHA256'},
    {'sigalgs': ''},
    {'ca': '', 'cert': None, 'key': 0},
    {
        'host': '0.0.0.0',
        'port': 443,
        'localAddress': '192.168.1.1',
        'family': 4,
        'ca': 'ca',
        'cert': 'cert',
        'clientCertEngine': 'dynamic',
        'ciphers': 'ciphers',
        'key': 'key',
        'pfx': 'pfx',
        'rejectUnauthorized': False,
        'servername': 'localhost',
        'minVersion': 'TLSv1.2',
        'maxVersion': 'TLSv1.3',
        'secureProtocol': 'secureProtocol',
        'crl': ['c', 'r', 'l'],
        'honorCipherOrder': False,
        'ecdhCurve': 'ecdhCurve',
        'dhparam': 'dhparam',
        'secureOptions': 0,
        'sessionIdContext': 'sessionIdContext',
        'sigalgs': 'RSA-PSS+SHA256',
        'privateKeyIdentifier': 'pkid',
        'privateKeyEngine': 'pke',
    },
]
for c in cases:
    log(c, '=>', agent.getName(c))
