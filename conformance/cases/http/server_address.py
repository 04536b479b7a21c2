# net.js Server.prototype.address: after listen(0, '127.0.0.1') a dict with address, family, port; null once closed
from conformance.trace import log
from node_http_agent import http, process


def main():
    server = http.createServer(lambda req, res: None)
    log('listening before', server.listening, 'address', server.address())

    def onlistening():
        addr = server.address()
        log('keys', list(addr.keys()))
        log('address', addr['address'], 'family', addr['family'], 'port is a number', isinstance(addr['port'], int), addr['port'] > 0)
        log('listening', server.listening)

        def onclose(*args):
            log('closed', 'listening', server.listening, 'address', server.address())
        server.close(onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
