"""Port of Node's test/parallel/test-url-format-whatwg.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-url-format-whatwg.js
"""

import math

import pytest

from node_http_agent import url
from node_http_agent.url import URL

myURL = URL('http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c')


def test_should_format():
    assert url.format(myURL) == 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'
    assert url.format(myURL, {}) == 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'


@pytest.mark.parametrize('value', [True, 1, 'test', math.inf])
def test_handle_invalid_arguments(value):
    with pytest.raises(TypeError) as info:
        url.format(myURL, value)
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'


@pytest.mark.parametrize('options, expected', [
    ({'auth': False}, 'http://xn--lck1c3crb1723bpq4a.com/a?a=b#c'),
    ({'auth': ''}, 'http://xn--lck1c3crb1723bpq4a.com/a?a=b#c'),
    ({'auth': 0}, 'http://xn--lck1c3crb1723bpq4a.com/a?a=b#c'),
    ({'auth': 1}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'),
    ({'auth': {}}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'),
    ({'fragment': False}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b'),
    ({'fragment': ''}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b'),
    ({'fragment': 0}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b'),
    ({'fragment': 1}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'),
    ({'fragment': {}}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'),
    ({'search': False}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a#c'),
    ({'search': ''}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a#c'),
    ({'search': 0}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a#c'),
    ({'search': 1}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'),
    ({'search': {}}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'),
    ({'unicode': True}, 'http://user:pass@理容ナカムラ.com/a?a=b#c'),
    ({'unicode': 1}, 'http://user:pass@理容ナカムラ.com/a?a=b#c'),
    ({'unicode': {}}, 'http://user:pass@理容ナカムラ.com/a?a=b#c'),
    ({'unicode': False}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'),
    ({'unicode': 0}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'),
])
def test_any_falsy_value_other_than_undefined_is_false(options, expected):
    assert url.format(myURL, options) == expected


def test_should_format_with_unicode_true():
    assert url.format(URL('http://user:pass@xn--0zwm56d.com:8080/path'), {'unicode': True}) == \
        'http://user:pass@测试.com:8080/path'


def test_should_format_tel_prefix():
    assert url.format(URL('tel:123')) == url.format(URL('tel:123'), {'unicode': True})
