"""Port of Node's test/parallel/test-http-response-setheaders.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-response-setheaders.js
setHeaders() after the head is sent throws ERR_HTTP_HEADERS_SENT (a dict stands
for the WHATWG Headers object, which the port does not have).
"""

import pytest

from node_http_agent import http


def test_http_response_setheaders_after_head(common, run):
    def main():
        def onrequest(req, res):
            res.writeHead(200)  # Headers already sent
            with pytest.raises(Exception) as info:
                res.setHeaders({'foo': '1'})
            assert info.value.code == 'ERR_HTTP_HEADERS_SENT'
            res.end()
        server = http.createServer({'requireHostHeader': False}, common.mustCall(onrequest))

        def onlistening():
            def onresponse(res):
                assert res.headers.get('foo') is None
                res.resume().on('end', common.mustCall(lambda: server.close()))
            http.get({'port': server.address()['port']}, common.mustCall(onresponse))
        server.listen(0, common.mustCall(onlistening))
    run(main)


def test_http_response_setheaders_map(common, run):
    def main():
        def onrequest(req, res):
            res.setHeaders({'foo': '1', 'set-cookie': ['a=1', 'b=2']})
            res.end()
        server = http.createServer(common.mustCall(onrequest))

        def onlistening():
            def onresponse(res):
                assert res.headers['foo'] == '1'
                assert res.headers['set-cookie'] == ['a=1', 'b=2']
                res.resume().on('end', common.mustCall(lambda: server.close()))
            http.get({'port': server.address()['port']}, common.mustCall(onresponse))
        server.listen(0, common.mustCall(onlistening))
    run(main)
