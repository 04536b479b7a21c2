"""Port of Node's test/parallel/test-http-content-length-mismatch.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-content-length-mismatch.js
res.strictContentLength: a body longer or shorter than Content-Length throws
ERR_HTTP_CONTENT_LENGTH_MISMATCH.
"""

import pytest

from node_http_agent import http


def serve(common, handler):
    server = http.createServer(common.mustCall(handler))

    def onlistening():
        def onresponse(res):
            def onend():
                assert res.statusCode == 200
                server.close()
            res.resume().on('end', common.mustCall(onend))
        http.get({'port': server.address()['port']}, common.mustCall(onresponse))
    server.listen(0, common.mustCall(onlistening))


def test_should_throw_on_more_bytes(common, run):
    def handler(req, res):
        res.strictContentLength = True
        res.setHeader('Content-Length', 5)
        res.write('hello')
        with pytest.raises(Exception) as info:
            res.write('a')
        assert info.value.code == 'ERR_HTTP_CONTENT_LENGTH_MISMATCH'
        res.statusCode = 200
        res.end()
    run(lambda: serve(common, handler))


def test_should_not_throw(common, run):
    def handler(req, res):
        res.strictContentLength = True
        res.write('helloaa')
        res.statusCode = 200
        res.end('ending')
    run(lambda: serve(common, handler))


def test_should_throw_on_fewer_bytes(common, run):
    def handler(req, res):
        res.strictContentLength = True
        res.setHeader('Content-Length', 5)
        res.write('a')
        res.statusCode = 200
        with pytest.raises(Exception) as info:
            res.end('aaa')
        assert info.value.code == 'ERR_HTTP_CONTENT_LENGTH_MISMATCH'
        res.end('aaaa')
    run(lambda: serve(common, handler))


def test_content_length_as_string(common, run):
    def handler(req, res):
        res.strictContentLength = True
        # Pass content-length as string
        res.setHeader('content-length', '5')
        res.end('12345')
    run(lambda: serve(common, handler))
