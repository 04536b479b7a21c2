"""Port of Node's test/parallel/test-http-max-headers-count.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-max-headers-count.js
server.maxHeadersCount / req.maxHeadersCount cap the fields read into headers.
"""

from node_http_agent import http

N = 100


def test_http_max_headers_count(common, run):
    headers = {'host': 'example.com'}
    for i in range(N):
        headers[f'key{i}'] = i
    state = {'requests': 0, 'responses': 0}

    maxAndExpectedServer = [
        [50, 50],
        [1500, 102],
        [0, N + 2],  # Host and Connection
    ]
    maxAndExpectedClient = [
        [20, 20],
        [1200, 104],
        [0, N + 4],  # Host and Connection
    ]

    def main():
        expected = [maxAndExpectedServer[0][1]]

        def onrequest(req, res):
            assert len(req.headers) == expected[0]
            state['requests'] += 1
            if state['requests'] < len(maxAndExpectedServer):
                server.maxHeadersCount = maxAndExpectedServer[state['requests']][0]
                expected[0] = maxAndExpectedServer[state['requests']][1]
            res.writeHead(200, {**headers, 'Connection': 'close'})
            res.end()
        server = http.createServer(common.mustCallAtLeast(onrequest))
        server.maxHeadersCount = maxAndExpectedServer[0][0]

        def doRequest():
            maxCount, expectedCount = maxAndExpectedClient[state['responses']]

            def onresponse(res):
                assert len(res.headers) == expectedCount

                def onend():
                    state['responses'] += 1
                    if state['responses'] < len(maxAndExpectedClient):
                        doRequest()
                    else:
                        server.close()
                res.on('end', onend)
                res.resume()
            req = http.request({'port': server.address()['port'], 'headers': headers},
                               common.mustCall(onresponse))
            req.maxHeadersCount = maxCount
            req.end()
        server.listen(0, common.mustCall(doRequest))
    run(main)
    assert state['requests'] == len(maxAndExpectedServer)
    assert state['responses'] == len(maxAndExpectedClient)
