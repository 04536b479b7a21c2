"""Port of Node's test/parallel/test-url-fileurltopath.js (the POSIX cases; Node 20.20 passes them).

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-url-fileurltopath.js
"""

import pytest

from node_http_agent import url
from node_http_agent.url import URL


@pytest.mark.parametrize('arg', [None, 1, {}, True])
def test_invalid_arguments(arg):
    with pytest.raises(TypeError) as info:
        url.fileURLToPath(arg)
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'


def test_input_must_be_a_file_url():
    with pytest.raises(TypeError) as info:
        url.fileURLToPath('https://a/b/c')
    assert info.value.code == 'ERR_INVALID_URL_SCHEME'


def test_file_url_to_path_with_host():
    with pytest.raises(TypeError) as info:
        url.fileURLToPath(URL('file://host/a'))
    assert info.value.code == 'ERR_INVALID_FILE_URL_HOST'


posixTestCases = [
    ('/foo', 'file:///foo'),
    ('/FOO', 'file:///FOO'),
    ('/dir/foo', 'file:///dir/foo'),
    ('/dir/', 'file:///dir/'),
    ('/foo.mjs', 'file:///foo.mjs'),
    ('/foo bar', 'file:///foo%20bar'),
    ('/foo?bar', 'file:///foo%3Fbar'),
    ('/foo#bar', 'file:///foo%23bar'),
    ('/foo&bar', 'file:///foo&bar'),
    ('/foo=bar', 'file:///foo=bar'),
    ('/foo:bar', 'file:///foo:bar'),
    ('/foo;bar', 'file:///foo;bar'),
    ('/foo%bar', 'file:///foo%25bar'),
    ('/foo\\bar', 'file:///foo%5Cbar'),
    ('/foo\bbar', 'file:///foo%08bar'),
    ('/foo\tbar', 'file:///foo%09bar'),
    ('/foo\nbar', 'file:///foo%0Abar'),
    ('/foo\rbar', 'file:///foo%0Dbar'),
    ('/fóóbàr', 'file:///f%C3%B3%C3%B3b%C3%A0r'),
    ('/€', 'file:///%E2%82%AC'),
    ('/🚀', 'file:///%F0%9F%9A%80'),
]


@pytest.mark.parametrize('path, fileURL', posixTestCases)
def test_posix_path(path, fileURL):
    assert url.fileURLToPath(fileURL) == path
    assert url.fileURLToPath(URL(fileURL)) == path
