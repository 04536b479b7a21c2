"""Port of Node's test/parallel/test-http-early-hints.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-early-hints.js
res.writeEarlyHints() sends a '103 Early Hints' head the client sees as 'information'.
"""

import pytest

from node_http_agent import http

testResBody = 'response content\n'

CASES = [
    # Happy flow - string argument
    ({'link': '</styles.css>; rel=preload; as=style'},
     {'link': '</styles.css>; rel=preload; as=style'}),
    # Happy flow - array argument
    ({'link': [
        '</styles.css>; rel=preload; as=style',
        '</scripts.js>; crossorigin; rel=preload; as=script',
        '</scripts.js>; rel=preload; as=script; crossorigin',
    ]}, {'link': '</styles.css>; rel=preload; as=style, </scripts.js>; crossorigin; '
                 'rel=preload; as=script, </scripts.js>; rel=preload; as=script; crossorigin'}),
    # Happy flow - empty array
    ({'link': []}, None),
    # Happy flow - object argument with string
    ({'link': '</styles.css>; rel=preload; as=style', 'x-trace-id': 'id for diagnostics'},
     {'link': '</styles.css>; rel=preload; as=style', 'x-trace-id': 'id for diagnostics'}),
    # Happy flow - object argument with array of strings
    ({'link': ['</styles.css>; rel=preload; as=style', '</scripts.js>; rel=preload; as=script'],
      'x-trace-id': 'id for diagnostics'},
     {'link': '</styles.css>; rel=preload; as=style, </scripts.js>; rel=preload; as=script',
      'x-trace-id': 'id for diagnostics'}),
    # Happy flow - empty object
    ({}, None),
]


@pytest.mark.parametrize('hints,expected', CASES)
def test_http_early_hints(common, run, hints, expected):
    def main():
        def onrequest(req, res):
            res.writeEarlyHints(hints)
            res.end(testResBody)
        server = http.createServer(common.mustCall(onrequest))

        def onlistening():
            req = http.request({'port': server.address()['port'], 'path': '/'})
            if expected is None:
                req.on('information', common.mustNotCall())
            else:
                def oninformation(res):
                    for name, value in expected.items():
                        assert res['headers'][name] == value
                req.on('information', common.mustCall(oninformation))

            def onresponse(res):
                body = []
                assert res.statusCode == 200
                res.on('data', lambda chunk: body.append(chunk))

                def onend():
                    assert b''.join(body).decode() == testResBody
                    server.close()
                res.on('end', common.mustCall(onend))
            req.on('response', common.mustCall(onresponse))
            req.end()
        server.listen(0, common.mustCall(onlistening))
    run(main)
