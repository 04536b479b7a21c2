"""Port of Node's test/parallel/test-http-client-readable.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-client-readable.js

``createConnection`` returns a plain in-memory ``stream.Duplex``, and the
request runs over it. The hooks assigned to the instance use ``this`` in
Node; here they close over ``s`` (API.md: instance hooks get no ``self``).
"""

from node_http_agent import http
from node_http_agent.stream import Duplex


class FakeAgent(http.Agent):
    def createConnection(self, *args):
        s = Duplex()
        once = False

        def _read(*_):
            nonlocal once
            if once:
                return s.push(None)
            once = True

            s.push('HTTP/1.1 200 Ok\r\nTransfer-Encoding: chunked\r\n\r\n')
            s.push('b\r\nhello world\r\n')
            s.readable = False
            s.push('0\r\n\r\n')
        s._read = _read

        # Blackhole
        def _write(data, enc, cb):
            cb()
        s._write = _write

        def destroy(*_):
            s.writable = False
        s.destroy = s.destroySoon = destroy

        return s


def test_http_client_readable(common, run):
    received = ''

    def main():
        def requestCallback(res):
            def dataCallback(chunk):
                nonlocal received
                received += chunk.decode()
            res.on('data', dataCallback)

            def endCallback():
                assert received == 'hello world'
            res.on('end', common.mustCall(endCallback))

        req = http.request({
            'agent': FakeAgent()
        }, common.mustCall(requestCallback))
        req.end()

    run(main)
