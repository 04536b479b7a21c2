# catalogue 83 - test-http-agent-close.js (probe p13): createSocket overridden in a subclass calling cb(err) makes the request emit that same error, then 'close', with req.destroyed true
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process

_err = Exception('kaboom')


class MyAgent(http.Agent):
    def createSocket(self, req, options, cb):
        log('createSocket: options._agentKey', options.get('_agentKey'), 'name', self.getName(options))
        cb(_err)


def main():
    agent = MyAgent()

    req = http.request({
        'agent': agent,
    })
    req.on('error', lambda err: log("req 'error' is the same object", err is _err, str(err)))
    req.on('close', lambda: log("req 'close' destroyed", req.destroyed, 'sockets', agent.sockets, 'total', agent.totalSocketCount))
    log('after http.request: sockets', agent.sockets)


process.run(main)
