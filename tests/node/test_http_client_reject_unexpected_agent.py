"""Port of Node's test/parallel/test-http-client-reject-unexpected-agent.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-client-reject-unexpected-agent.js

Python has no Symbol(); `object()` stands in for it as another value that is
not an Agent. `undefined` and `null` are both None here, so None is listed
twice, keeping Node's count of acceptable values.
"""

import pytest

from node_http_agent import http


def test_http_client_reject_unexpected_agent(common, run):
    baseOptions = {
        'method': 'GET',
        'port': None,
        'host': common.localhostIPv4,
    }

    failingAgentOptions = [
        True,
        'agent',
        {},
        1,
        lambda: None,
        object(),  # Symbol()
    ]

    acceptableAgentOptions = [
        False,
        None,  # undefined
        None,  # null
        http.Agent(),
    ]

    server = http.createServer(lambda req, res: res.end('hello'))

    numberOfResponses = 0

    def createRequest(agent):
        baseOptions.update({'agent': agent})  # Object.assign(baseOptions, { agent })
        options = baseOptions
        request = http.request(options)
        request.end()

        def onresponse(*args):
            nonlocal numberOfResponses
            numberOfResponses += 1
            if numberOfResponses == len(acceptableAgentOptions):
                server.close()
        request.on('response', common.mustCall(onresponse))

    def onlisten():
        baseOptions['port'] = server.address()['port']

        for agent in failingAgentOptions:
            with pytest.raises(TypeError) as info:
                createRequest(agent)
            assert info.value.code == 'ERR_INVALID_ARG_TYPE'

        for agent in acceptableAgentOptions:
            createRequest(agent)

    run(lambda: server.listen(0, baseOptions['host'], common.mustCall(onlisten)))

    # process.on('exit')
    assert numberOfResponses == len(acceptableAgentOptions)
