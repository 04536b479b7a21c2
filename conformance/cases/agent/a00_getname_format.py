# §1.8 - exact getName() format: host || localhost : port : localAddress [: family 4/6] [: socketPath] (probe p01)
# conformance: agent
from conformance.trace import log
from node_http_agent import http

a = http.Agent()
log('getName()', a.getName())
cases = [
    {}, {'host': 'example.com'}, {'port': 80}, {'host': 'h', 'port': 8080},
    {'port': 80, 'localAddress': '192.168.1.1'},
    {'host': '0.0.0.0', 'port': 80, 'localAddress': '192.168.1.1'},
    {'family': 4}, {'family': 6}, {'family': 0}, {'family': None}, {'family': 'bogus'}, {'family': '4'},
    {'family': 6, 'localAddress': '::1'},
    {'host': 'h', 'port': 1, 'localAddress': '10.0.0.1', 'family': 6},
    {'socketPath': '/tmp/foo/bar'},
    {'host': 'h', 'port': 1, 'family': 4, 'socketPath': '/tmp/s'},
    {'host': '', 'port': 0}, {'host': None, 'port': None}, {'hostname': 'ignored.example', 'port': 1},
    {'host': '::1', 'port': 3000},
    {'port': '8080'},
    {'host': 'h', 'port': 1, 'localAddress': '', 'socketPath': ''},
    {'host': 'h', 'port': 1, 'servername': 'other', 'path': '/x', 'agent': 'ignored'},
]
for c in cases:
    log(c, '=>', a.getName(c))
