# TLS to a plain HTTP server: tls.connect with nothing written gets ERR_SSL_WRONG_VERSION_NUMBER (library, reason); with a write still queued (tls.connect + write, https.get) it gets 'write EPROTO' (errno, syscall), as Node's TLSWrap fails queued writes; messages compared on what they share (Node's carry OpenSSL's thread id and source line)
from conformance.trace import log
from node_http_agent import http, https, process, timers, tls


def show(label, err):
    log(label, err.code, 'errno', getattr(err, 'errno', None), 'syscall', getattr(err, 'syscall', None), 'library', getattr(err, 'library', None), 'reason', getattr(err, 'reason', None),
        'starts', ' '.join(str(err).split(' ')[:2]) if err.code == 'EPROTO' else '-', 'says wrong version number', 'wrong version number' in str(err))


def main():
    server = http.createServer(lambda req, res: res.end('plain'))

    def onlistening():
        port = server.address()['port']

        def step0(done):
            socket = tls.connect({'port': port, 'host': '127.0.0.1'})
            socket.on('error', lambda err: show('tls.connect, nothing written:', err))
            socket.on('close', lambda *a: done())

        def step1(done):
            socket = tls.connect({'port': port, 'host': '127.0.0.1'})
            socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n')
            socket.on('error', lambda err: show('tls.connect, a write queued:', err))
            socket.on('close', lambda *a: done())

        def step2(done):
            req = https.get({'port': port, 'host': '127.0.0.1', 'agent': False})
            req.on('error', lambda err: show('https.get:', err))
            req.on('close', lambda: done())
        steps = [step0, step1, step2]

        def next():
            if not steps:
                return server.close()
            steps.pop(0)(lambda: timers.setImmediate(next))
        next()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
