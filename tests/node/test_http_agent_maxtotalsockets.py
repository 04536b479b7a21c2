"""Port of Node's test/parallel/test-http-agent-maxtotalsockets.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-maxtotalsockets.js

Adapted to Node 20 (the reference): the stored copy of the test comes from a
later Node, where NaN/Infinity fail with "It must be an integer" and -1/0 with
"It must be > 0". Node 20.20.2 validates with validateNumber(v,
'maxTotalSockets', 1): NaN, -1 and 0 fail with "It must be >= 1" and Infinity
is accepted (checked with /usr/bin/node). The values asserted are Node 20's.
"""

import math

import pytest

from node_http_agent import http


def test_invalid_max_total_sockets():
    with pytest.raises(TypeError) as info:
        http.Agent({'maxTotalSockets': 'test'})
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'
    assert str(info.value) == ('The "maxTotalSockets" argument must be of type number. '
                               "Received type string ('test')")

    # Node 20: Infinity is accepted.
    assert http.Agent({'maxTotalSockets': math.inf}).maxTotalSockets == math.inf

    for item, shown in [(math.nan, 'NaN'), (-1, '-1'), (0, '0')]:
        with pytest.raises(ValueError) as info:
            http.Agent({'maxTotalSockets': item})
        assert info.value.code == 'ERR_OUT_OF_RANGE'
        assert str(info.value) == ('The value of "maxTotalSockets" is out of range. '
                                   f'It must be >= 1. Received {shown}')


def test_http_agent_maxtotalsockets(common, run):
    maxTotalSockets = 2
    maxSockets = 3

    agent = http.Agent({
        'keepAlive': True,
        'keepAliveMsecs': 1000,
        'maxTotalSockets': maxTotalSockets,
        'maxSockets': maxSockets,
        'maxFreeSockets': 3,
    })

    server = http.createServer(common.mustCall(lambda req, res: res.end('hello world'), 6))
    server2 = http.createServer(common.mustCall(lambda req, res: res.end('hello world'), 6))

    server.keepAliveTimeout = 0
    server2.keepAliveTimeout = 0

    def finish():
        assert getRequestCount() == 0
        agent.destroy()
        server.close()
        server2.close()
    countdown = common.Countdown(12, finish)

    def handler(s):
        for i in range(6):
            def onresponse(res):
                assert res.statusCode == 200
                res.resume()

                def onend():
                    for key in list(agent.sockets):
                        assert len(agent.sockets[key]) <= maxSockets
                    totalSocketsCount = getTotalSocketsCount()
                    assert totalSocketsCount <= maxTotalSockets
                    countdown.dec()
                res.on('end', common.mustCall(onend))
            http.get({
                'host': 'localhost',
                'port': s.address()['port'],
                'agent': agent,
                'path': f'/{i}',
            }, common.mustCall(onresponse))

    def getTotalSocketsCount():
        num = 0
        for key in list(agent.sockets):
            num += len(agent.sockets[key])
        return num

    def getRequestCount():
        num = 0
        for key in list(agent.requests):
            num += len(agent.requests[key])
        return num

    def main():
        server.listen(0, common.mustCall(lambda: handler(server)))
        server2.listen(0, common.mustCall(lambda: handler(server2)))
    run(main)
