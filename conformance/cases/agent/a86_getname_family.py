# catalogue 86 - test-http-agent-getname.js (probe p01): the family is appended only for the numbers 4 and 6
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


def main():
    agent = http.Agent()
    for family in [4, 6, '4', '6', 0, None, None, 'bogus', 5, True]:
        log('family', [family], '=>', agent.getName({'host': 'h', 'port': 1, 'family': family}))


process.run(main)
