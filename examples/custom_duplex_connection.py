"""An Agent whose createConnection returns an in-memory Duplex that answers HTTP itself.

    python examples/custom_duplex_connection.py

Like Node's test-http-client-readable.js: no socket, no server. The request
is written into the Duplex (its _write sees the raw request), and the Duplex
pushes back a raw HTTP response that the client parses as from a socket.
"""

from node_http_agent import http, process
from node_http_agent.stream import Duplex


class InMemoryAgent(http.Agent):
    def createConnection(self, options, *args):
        conn = Duplex()
        request = bytearray()

        def _write(chunk, encoding, callback):
            request.extend(chunk)
            if b'\r\n\r\n' in request:  # the whole head arrived: answer it
                line = bytes(request).split(b'\r\n', 1)[0].decode()
                print('request line seen by the Duplex:', line)
                body = f'you asked for {line.split(" ")[1]}'.encode()
                conn.push(b'HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n'
                          b'content-length: %d\r\nconnection: close\r\n\r\n' % len(body) + body)
                conn.push(None)
            callback()
        conn._write = _write
        conn._read = lambda size: None  # data is pushed from _write
        return conn


def main():
    agent = InMemoryAgent()

    def onresponse(res):
        print('status:', res.statusCode, res.headers['content-type'])
        res.setEncoding('utf8')
        body = []
        res.on('data', body.append)
        res.on('end', lambda: print('body:', ''.join(body)))

    req = http.request({'host': 'in-memory.invalid', 'path': '/greeting', 'agent': agent},
                       onresponse)
    req.on('close', lambda: print('request closed'))
    req.end()


if __name__ == '__main__':
    process.run(main)
