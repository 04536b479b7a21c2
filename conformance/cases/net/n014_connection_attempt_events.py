# audit: net.js L1065 internalConnect emits 'connectionAttempt'(ip, port, family) before connecting; L1605 afterConnect emits 'connectionAttemptFailed'(ip, port, family, error) before destroy
from conformance.trace import log
from node_http_agent import net, process


def main():
    server = net.createServer(lambda s: s.end('hi'))

    def onlistening():
        port = server.address()['port']
        c = net.connect(port, '127.0.0.1')
        c.on('connectionAttempt', lambda ip, p, family: log('connectionAttempt', ip, p == port, family))
        c.on('connect', lambda: log('connect'))
        c.on('data', lambda d: log('data', d.decode()))

        def onclose(*a):
            def onserverclose(*a):
                d = net.connect(port, '127.0.0.1')
                d.on('connectionAttempt', lambda ip, p, family: log('connectionAttempt', ip, p == port, family))
                d.on('connectionAttemptFailed',
                     lambda ip, p, family, err: log('connectionAttemptFailed', ip, p == port, family, err.code))
                d.on('error', lambda e: log('error', e.code))
            server.close(onserverclose)
        c.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
