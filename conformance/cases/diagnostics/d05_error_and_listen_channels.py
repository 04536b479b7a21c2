# diagnostics_channel: http.client.request.error for ECONNREFUSED and socket hang up (once per request), net.server.listen tracing incl. EADDRINUSE
from conformance.trace import log
from node_http_agent import diagnostics_channel as dc
from node_http_agent import http, net, process

current = [None]
dc.subscribe('http.client.request.error', lambda msg, name: log(
    'dc', name, list(msg.keys()), msg['request'] is current[0], msg['error'].code,
    str(msg['error']).split(' ')[0]))
listen = dc.tracingChannel('net.server.listen')
listen.subscribe({
    'asyncStart': lambda m, name: log('listen asyncStart', list(m.keys()), list(m['options'].keys())),
    'asyncEnd': lambda m, name: log('listen asyncEnd', list(m.keys())),
    'error': lambda m, name: log('listen error', list(m.keys()), m['error'].code),
})


def main():
    hangup = net.createServer(lambda s: s.once('data', lambda *a: s.end()))

    def onlistening():
        port = hangup.address()['port']
        current[0] = http.get({'port': port, 'host': '127.0.0.1', 'agent': False})

        def onerror(e):
            log('error event', e.code, str(e))
            clash = net.createServer()

            def onclash(e2):
                log('clash error', e2.code)
                hangup.close()
                probe = net.createServer()

                def onprobe():
                    free = probe.address()['port']

                    def closed(*a):
                        current[0] = http.get({'port': free, 'host': '127.0.0.1', 'agent': False})
                        current[0].on('error', lambda e3: log('error event', e3.code))
                    probe.close(closed)
                probe.listen(0, '127.0.0.1', onprobe)
            clash.on('error', onclash)
            clash.listen(port, '127.0.0.1')
        current[0].on('error', onerror)
    hangup.listen(0, '127.0.0.1', onlistening)


process.run(main)
