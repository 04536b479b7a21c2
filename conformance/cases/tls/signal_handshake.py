# signal honoured by tls.connect and https.Agent.createConnection during the handshake (a server that accepts TCP and never answers the ClientHello): AbortError with Node's code, name, message and cause, 'close' after 'error', an abort after secureConnect is a plain destroy, and https.request over an agent with a signal
from conformance.trace import log
from node_http_agent import https, net, process, timers, tls
from node_http_agent.abort import AbortController

ca = open('fixtures/root.pem', 'rb').read()
key = open('fixtures/good-key.pem', 'rb').read()
cert = open('fixtures/good.pem', 'rb').read()


def watch(label, socket, done):
    for ev in ['connect', 'secureConnect', 'end']:
        socket.on(ev, lambda *a, ev=ev: log(label, ev))
    socket.on('error', lambda err: log(label, 'error', err.name, err.code, str(err), 'cause', 'none' if getattr(err, 'cause', None) is None else f'{err.cause.name}: {err.cause}' if hasattr(err.cause, 'name') else f'Error: {err.cause}'))

    def onclose(hadError=None):
        log(label, 'close', hadError, 'destroyed', socket.destroyed)
        done()
    socket.on('close', onclose)


def main():
    silent = net.createServer(lambda *a: None)  # accepts TCP, never speaks TLS
    real = tls.createServer({'key': key, 'cert': cert}, lambda s: s.on('error', lambda *a: None))

    def step0(port, done):
        ac = AbortController()
        socket = tls.connect({'port': port, 'host': '127.0.0.1', 'servername': 'localhost', 'ca': ca, 'signal': ac.signal})
        socket.on('connect', lambda: timers.setImmediate(lambda: ac.abort()))
        watch('tls.connect, abort during handshake', socket, done)

    def step1(port, done):
        ac = AbortController()
        socket = tls.connect({'port': port, 'host': '127.0.0.1', 'servername': 'localhost', 'ca': ca, 'signal': ac.signal})
        socket.on('connect', lambda: timers.setImmediate(lambda: ac.abort(Exception('my reason'))))
        watch('tls.connect, abort with a reason', socket, done)

    def step2(port, done):
        ac = AbortController()
        agent = https.Agent()
        socket = agent.createConnection({'port': port, 'host': '127.0.0.1', 'servername': 'localhost', 'ca': ca, 'signal': ac.signal})
        socket.on('connect', lambda: timers.setImmediate(lambda: ac.abort()))
        watch('https.Agent.createConnection, abort during handshake', socket, done)

    def step3(port, done):
        ac = AbortController()
        req = https.request({'port': port, 'host': '127.0.0.1', 'servername': 'localhost', 'ca': ca, 'signal': ac.signal, 'agent': https.Agent()})
        req.on('socket', lambda s: s.on('connect', lambda: timers.setImmediate(lambda: ac.abort())))
        req.on('error', lambda err: log('https.request, abort during handshake: error', err.name, err.code, str(err)))

        def onclose():
            log('https.request, abort during handshake: close')
            done()
        req.on('close', onclose)
        req.end()

    steps = [step0, step1, step2, step3]

    def run(i):
        if i == len(steps):
            ac = AbortController()

            def onlistening():
                socket = tls.connect({'port': real.address()['port'], 'host': '127.0.0.1', 'servername': 'localhost', 'ca': ca, 'signal': ac.signal}, lambda: ac.abort())
                watch('tls.connect, abort after secureConnect', socket, lambda: real.close())
            real.listen(0, '127.0.0.1', onlistening)
            return silent.close()
        steps[i](silent.address()['port'], lambda: timers.setImmediate(run, i + 1))
    silent.listen(0, '127.0.0.1', lambda: run(0))


process.run(main)
