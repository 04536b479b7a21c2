# catalogue 85 - test-http-agent-getname.js (probe p01): getName() is host:port:localAddress[:family][:socketPath] with Node's fallbacks
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


def main():
    agent = http.Agent()
    log('no argument =>', agent.getName())
    inputs = [
        {},
        {'port': 80, 'localAddress': '192.168.1.1'},
        {'host': '0.0.0.0', 'port': 80, 'localAddress': '192.168.1.1'},
        {'family': 4},
        {'family': 6},
        {'host': 'h', 'port': 1, 'localAddress': '10.0.0.1', 'family': 6},
        {'socketPath': '/tmp/foo/bar'},
        {'host': 'h', 'port': 1, 'family': 4, 'socketPath': '/tmp/s'},
        {'host': '', 'port': 0},
        {'host': None, 'port': None, 'localAddress': None, 'socketPath': None},
        {'hostname': 'x', 'port': 1},
        {'host': '::1', 'port': 3000},
        {'port': '8080'},
        {'host': 'example.com', 'port': 443, 'servername': 'other'},
    ]
    for options in inputs:
        log(options, '=>', agent.getName(options))


process.run(main)
