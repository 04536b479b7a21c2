"""Port of Node's test/parallel/test-http-agent-keepalive-delay.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-keepalive-delay.js
"""

from node_http_agent import http
from node_http_agent.http import Agent


def test_http_agent_keepalive_delay(common, run):
    agent = Agent({
        'keepAlive': True,
        'keepAliveMsecs': 1000,
    })

    server = http.createServer(common.mustCall(lambda req, res: res.end('ok')))

    def onlisten():
        createConnection = agent.createConnection

        def patched(options, *args):
            assert options['keepAlive'] is True
            assert options['keepAliveInitialDelay'] == agent.keepAliveMsecs
            return createConnection(options, *args)
        agent.createConnection = common.mustCall(patched)

        def onresponse(res):
            # for emit end event
            res.on('data', lambda *args: None)
            res.on('end', lambda: server.close())
        http.get({
            'host': 'localhost',
            'port': server.address()['port'],
            'agent': agent,
            'path': '/',
        }, common.mustCall(onresponse))

    run(lambda: server.listen(0, common.mustCall(onlisten)))
