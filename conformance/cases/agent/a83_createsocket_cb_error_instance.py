# catalogue 83 - test-http-agent-close.js (probe p13): createSocket assigned on the instance calling cb(err) makes the request emit that same error, then 'close', with req.destroyed true
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


def main():
    agent = http.Agent()
    _err = Exception('kaboom')

    def createSocket(req, options, cb):
        log('createSocket: options._agentKey', options.get('_agentKey'), 'name', agent.getName(options))
        cb(_err)
    agent.createSocket = createSocket

    req = http.request({
        'agent': agent,
    })
    req.on('error', lambda err: log("req 'error' is the same object", err is _err, str(err)))
    req.on('close', lambda: log("req 'close' destroyed", req.destroyed, 'sockets', agent.sockets, 'total', agent.totalSocketCount))
    log('after http.request: sockets', agent.sockets)


process.run(main)
