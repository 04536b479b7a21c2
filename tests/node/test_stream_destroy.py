"""Port of Node's test/parallel/test-stream-destroy.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-destroy.js
"""

from node_http_agent import http
from node_http_agent.stream import Readable, Writable, destroy


def test_stream_destroy_readable(common, run):
    def main():
        r = Readable({'read': lambda size: None})
        destroy(r)
        assert r.destroyed is True

        def onerror(err):
            assert err.name == 'AbortError'
        r.on('error', common.mustCall(onerror))
        r.on('close', common.mustCall())
    run(main)


def test_stream_destroy_readable_error(common, run):
    def main():
        r = Readable({'read': lambda size: None})
        destroy(r, Exception('asd'))
        assert r.destroyed is True

        def onerror(err):
            assert str(err) == 'asd'
        r.on('error', common.mustCall(onerror))
        r.on('close', common.mustCall())
    run(main)


def test_stream_destroy_writable(common, run):
    def main():
        w = Writable({'write': lambda chunk, encoding, cb: None})
        destroy(w)
        assert w.destroyed is True

        def onerror(err):
            assert err.name == 'AbortError'
        w.on('error', common.mustCall(onerror))
        w.on('close', common.mustCall())
    run(main)


def test_stream_destroy_writable_error(common, run):
    def main():
        w = Writable({'write': lambda chunk, encoding, cb: None})
        destroy(w, Exception('asd'))
        assert w.destroyed is True

        def onerror(err):
            assert str(err) == 'asd'
        w.on('error', common.mustCall(onerror))
        w.on('close', common.mustCall())
    run(main)


def test_stream_destroy_server_request(common, run):
    def main():
        def onrequest(req, res):
            destroy(req)

            def onerror(err):
                assert err.name == 'AbortError'
            req.on('error', common.mustCall(onerror))
            req.on('close', common.mustCall(lambda: res.end('hello')))
        server = http.createServer(common.mustCallAtLeast(onrequest))

        def onlisten():
            req = http.request({
                'method': 'POST',
                'port': server.address()['port'],
                'agent': http.Agent(),
            })

            def onresponse(res):
                buf = []
                res.on('data', lambda data: buf.append(data))

                def onend():
                    assert b''.join(buf) == b'hello'
                    server.close()
                res.on('end', common.mustCall(onend))
            req.on('response', common.mustCall(onresponse))

            req.end('asd')
        server.listen(0, common.mustCall(onlisten))
    run(main)


def test_stream_destroy_server_request_after_end(common, run):
    def main():
        def onrequest(req, res):
            req \
                .resume() \
                .on('end', lambda: destroy(req)) \
                .on('error', common.mustNotCall())

            req.on('close', common.mustCall(lambda: res.end('hello')))
        server = http.createServer(common.mustCallAtLeast(onrequest))

        def onlisten():
            req = http.request({
                'method': 'POST',
                'port': server.address()['port'],
                'agent': http.Agent(),
            })

            def onresponse(res):
                buf = []
                res.on('data', lambda data: buf.append(data))

                def onend():
                    assert b''.join(buf) == b'hello'
                    server.close()
                res.on('end', common.mustCall(onend))
            req.on('response', common.mustCall(onresponse))

            req.end('asd')
        server.listen(0, common.mustCall(onlisten))
    run(main)
