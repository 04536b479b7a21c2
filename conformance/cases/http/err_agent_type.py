# catalogue 22 - test-http-client-reject-unexpected-agent.js: agent true / 'agent' / {} / 1 throws ERR_INVALID_ARG_TYPE
from conformance.trace import log
from node_http_agent import http, process


def main():
    for agent in [True, 'agent', {}, 1, 0.5, []]:
        try:
            http.request({'host': '127.0.0.1', 'port': 1, 'agent': agent})
            log(agent, 'no throw')
        except Exception as err:
            log(agent, err.code, isinstance(err, TypeError), str(err))


process.run(main)
