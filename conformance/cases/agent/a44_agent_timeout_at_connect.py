# catalogue 44 - test-http-agent-timeout-option.js (probe p11): the agent's timeout reaches createConnection
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    # The server accepts the request and never answers.
    server = http.createServer(lambda req, res: None)

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'timeout': 50})

        def createConnection(options, cb=None):
            log('createConnection options.timeout', options['timeout'])
            socket = net.createConnection(options, cb)
            log('socket.timeout right after creation', socket.timeout, 'connecting', socket.connecting)
            return socket
        agent.createConnection = createConnection
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent})
        req.on('socket', lambda socket: log('req socket: socket.timeout', socket.timeout))

        def ontimeout():
            log('req timeout')
            req.abort()
        req.on('timeout', ontimeout)
        req.on('error', lambda e: log('req error', e.code, str(e)))

        def onclose():
            log('req close')
            server.close()
        req.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
