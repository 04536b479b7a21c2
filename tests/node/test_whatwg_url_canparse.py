"""Port of Node's test/parallel/test-whatwg-url-canparse.js (the V8 fast-path part has no twin).

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-whatwg-url-canparse.js
"""

import pytest

from node_http_agent.url import URL


def test_can_parse():
    with pytest.raises(TypeError) as info:
        URL.canParse()
    assert info.value.code == 'ERR_MISSING_ARGS'
    assert URL.canParse('https://example.org') is True
    assert URL.canParse('https://www.example.com/path/?query=param#hash') is True
    assert URL.canParse('/', 'http://n') is True
