"""Port of Node's test/parallel/test-http-early-hints-invalid-argument.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-early-hints-invalid-argument.js
Its first block only: the CRLF-injection block checks the other hints' names and
values, which Node 20's writeEarlyHints (v20.20.2) writes unchecked.
"""

import pytest

from node_http_agent import http

testResBody = 'response content\n'


def test_http_early_hints_invalid_argument(common, run):
    def main():
        def onrequest(req, res):
            with pytest.raises(Exception) as info:
                res.writeEarlyHints('bad argument type')
            assert info.value.code == 'ERR_INVALID_ARG_TYPE'
            for link in ['</>; ', 'rel=preload; </scripts.js>', 'invalid string']:
                with pytest.raises(Exception) as info:
                    res.writeEarlyHints({'link': link})
                assert info.value.code == 'ERR_INVALID_ARG_VALUE'
            res.end(testResBody)
            server.close()
        server = http.createServer(common.mustCall(onrequest))

        def onlistening():
            req = http.request({'port': server.address()['port'], 'path': '/'})
            req.end()
            req.on('information', common.mustNotCall())
            req.on('response', lambda res: res.resume())
        server.listen(0, common.mustCall(onlistening))
    run(main)
