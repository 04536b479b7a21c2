"""Port of Node's test/parallel/test-url-urltooptions.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-url-urltooptions.js
(The invalid-argument block at its end is Node 22+: Node 20 does not validate.)
"""

import math

from node_http_agent.url import URL, urlToHttpOptions


def test_url_to_http_options():
    urlObj = URL('http://user:pass@foo.bar.com:21/aaa/zzz?l=24#test')
    opts = urlToHttpOptions(urlObj)
    assert not isinstance(opts, URL)
    assert opts['protocol'] == 'http:'
    assert opts['auth'] == 'user:pass'
    assert opts['hostname'] == 'foo.bar.com'
    assert opts['port'] == 21
    assert opts['path'] == '/aaa/zzz?l=24'
    assert opts['pathname'] == '/aaa/zzz'
    assert opts['search'] == '?l=24'
    assert opts['hash'] == '#test'

    assert urlToHttpOptions(URL('http://[::1]:21'))['hostname'] == '::1'


def test_copied_url_object_without_getters():
    # { ...urlObj } has none of the getters: a dict with no fields.
    copiedOpts = urlToHttpOptions({})
    assert copiedOpts['protocol'] is None
    assert 'auth' not in copiedOpts
    assert copiedOpts['hostname'] is None
    assert math.isnan(copiedOpts['port'])
    assert copiedOpts['path'] == ''
    assert copiedOpts['pathname'] is None
    assert copiedOpts['search'] is None
    assert copiedOpts['hash'] is None
    assert copiedOpts['href'] is None
