# catalogue 22, §1.7 - test-http-client-reject-unexpected-agent.js: agent true, 'agent', {}, 1 or a function throws ERR_INVALID_ARG_TYPE synchronously (probe p02)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


def agentFn():
    pass


def main():
    failing = [['true', True], ['"agent"', 'agent'], ['{}', {}], ['1', 1], ['function', agentFn]]
    for label, agent in failing:
        try:
            http.request({'method': 'GET', 'host': '127.0.0.1', 'port': 1, 'agent': agent})
            log(label, 'no throw')
        except Exception as e:
            log(label, 'TypeError', isinstance(e, TypeError), e.code, str(e))


process.run(main)
