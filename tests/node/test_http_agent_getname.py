"""Port of Node's test/parallel/test-http-agent-getname.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-agent-getname.js
"""

import os
import tempfile

from node_http_agent import http


def test_http_agent_getname():
    agent = http.Agent()

    # Default to localhost
    assert agent.getName({
        'port': 80,
        'localAddress': '192.168.1.1',
    }) == 'localhost:80:192.168.1.1'

    # empty argument
    assert agent.getName() == 'localhost::'

    # empty options
    assert agent.getName({}) == 'localhost::'

    # pass all arguments
    assert agent.getName({
        'host': '0.0.0.0',
        'port': 80,
        'localAddress': '192.168.1.1',
    }) == '0.0.0.0:80:192.168.1.1'

    # unix socket
    socketPath = os.path.join(tempfile.gettempdir(), 'foo', 'bar')
    assert agent.getName({
        'socketPath': socketPath,
    }) == f'localhost:::{socketPath}'

    for family in [0, None, 'bogus']:  # null and undefined are both None
        assert agent.getName({'family': family}) == 'localhost::'

    for family in [4, 6]:
        assert agent.getName({'family': family}) == f'localhost:::{family}'
