# catalogue 84 - probe p13: a createConnection that throws synchronously on the agent path propagates out of http.get() (instance-assigned and subclass hooks)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


class ThrowingAgent(http.Agent):
    def createConnection(self, *args):
        raise Exception('sync throw (subclass)')


def main():
    instance = http.Agent()

    def createConnection(*args):
        raise Exception('sync throw (instance)')
    instance.createConnection = createConnection

    for agent in [instance, ThrowingAgent()]:
        try:
            http.get({'host': '127.0.0.1', 'port': 1, 'agent': agent})
            log('no exception')
        except Exception as e:
            log('thrown from http.get:', str(e), 'sockets', agent.sockets, 'total', agent.totalSocketCount)


process.run(main)
