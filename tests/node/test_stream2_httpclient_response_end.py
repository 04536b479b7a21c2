"""Port of Node's test/parallel/test-stream2-httpclient-response-end.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-httpclient-response-end.js

(The ``console.log`` lines are left out.)
"""

from node_http_agent import http


def test_stream2_httpclient_response_end(common, run):
    msg = 'Hello'

    def main():
        def onrequest(req, res):
            res.writeHead(200, {'Content-Type': 'text/plain'})
            res.end(msg)

        def onlisten():
            def onresponse(res):
                data = ''

                def onreadable():
                    nonlocal data
                    while (chunk := res.read()) is not None:
                        data += chunk.decode()  # string += Buffer
                res.on('readable', common.mustCall(onreadable))

                def onend():
                    assert msg == data
                    server.close()
                res.on('end', common.mustCall(onend))
            http.get({'port': server.address()['port']}, common.mustCall(onresponse))
        server = http.createServer(onrequest).listen(0, common.mustCall(onlisten))
    run(main)
