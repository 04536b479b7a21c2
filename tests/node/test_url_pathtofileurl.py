"""Port of Node's test/parallel/test-url-pathtofileurl.js (the POSIX cases; Node 20.20 passes them).

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-url-pathtofileurl.js
The Windows cases (``options.windows``) are not ported: the port has POSIX paths only.
"""

import re
import string

import pytest

from node_http_agent import url


def test_relative_and_special_inputs():
    fileURL = url.pathToFileURL('test/').href
    assert fileURL.startswith('file:///')
    assert fileURL.endswith('/')
    fileURL = url.pathToFileURL('test\\').href
    assert fileURL.startswith('file:///')
    assert re.search(r'%5C$', fileURL)
    assert '%25' in url.pathToFileURL('test/%').href
    # UNC paths on posix are considered a single path that has backslashes:
    fileURL = url.pathToFileURL('\\\\nas\\share\\path.txt').href
    assert re.search(r'file://.+%5C%5Cnas%5Cshare%5Cpath\.txt$', fileURL)


def _all16():
    alphabet = string.ascii_lowercase
    return (
        'file:///' + ''.join(f'%{i:02X}' for i in range(0x21))
        + "!%22%23$%25&'()*+,-./0123456789:;%3C=%3E%3F@" + alphabet.upper()
        + '%5B%5C%5D%5E_%60' + alphabet + '%7B%7C%7D%7E%7F'
        + ''.join(f'%{(i - 0x80) // 0x40 + 0xC4:02X}%{i % 0x40 + 0x80:02X}'
                  for i in range(0x800 - 0x80))
        + ''.join(f'%E{i >> 12:X}%{((i >> 6) % 0x40) + 0x80:02X}%{(i % 0x40) + 0x80:02X}'
                  for i in range(0x800, 0x7FFF))
    )


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
    ('/foo\r\n\t<>"#%{}|^[\\~]`?bar',
     'file:///foo%0D%0A%09%3C%3E%22%23%25%7B%7D%7C%5E%5B%5C%7E%5D%60%3Fbar'),
    ('/' + ''.join(chr(i) for i in range(0x7FFF)), _all16()),
    ('/\U0001F303', 'file:///%F0%9F%8C%83'),
]


@pytest.mark.parametrize('path, expected', posixTestCases)
def test_posix_cases(path, expected):
    assert url.pathToFileURL(path).href == expected
    assert url.pathToFileURL(path, None).href == expected


@pytest.mark.parametrize('badPath', [None, True, 42, float('nan'), {}, [], lambda: None])
def test_non_string_parameter(badPath):
    with pytest.raises(TypeError) as info:
        url.pathToFileURL(badPath)
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'
