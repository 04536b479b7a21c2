# catalogue 88 - test-https-agent-getname.js, test-https-agent-additional-options.js (probes p01, p16): on https a different servername, CA or cipher list gives a different pool key; a servername equal to host is left out
# conformance: agent
from conformance.trace import log
from node_http_agent import https, process


def main():
    agent = https.Agent()
    inputs = [
        {},
        {'host': 'h', 'port': 443},
        {'host': 'h', 'port': 443, 'servername': 'h'},
        {'host': 'h', 'port': 443, 'servername': 'other'},
        {'host': 'h', 'port': 443, 'servername': ''},
        {'host': 'h', 'port': 443, 'ca': 'CA1'},
        {'host': 'h', 'port': 443, 'ca': 'CA2'},
        {'host': 'h', 'port': 443, 'ca': ['a', 'b']},
        {'host': 'h', 'port': 443, 'ciphers': 'AES256-SHA'},
        {'host': 'h', 'port': 443, 'rejectUnauthorized': False},
        {'host': '127.0.0.1', 'port': 8443, 'rejectUnauthorized': False, 'servername': 'example.test'},
    ]
    for options in inputs:
        log(options, '=>', agent.getName(options))


process.run(main)
