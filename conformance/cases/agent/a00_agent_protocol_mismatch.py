# §1.7 - an agent whose protocol differs from the request's throws ERR_INVALID_PROTOCOL synchronously (probe p02)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


def main():
    agent = http.Agent()
    agent.protocol = 'https:'
    try:
        http.request({'host': '127.0.0.1', 'port': 1, 'agent': agent})
        log('no throw')
    except Exception as e:
        log('TypeError', isinstance(e, TypeError), e.code, str(e))
    log('sockets after the throw', agent.sockets, 'totalSocketCount', agent.totalSocketCount)


process.run(main)
