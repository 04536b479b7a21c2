"""node_http_agent.url beyond the conformance cases: what only Python can pass in
(urllib.parse results), and how URL objects behave as Python values."""

import copy
import json
from urllib.parse import urlsplit

from node_http_agent import http, url
from node_http_agent._http_client import urlToHttpOptions as clientOptions
from node_http_agent.url import URL, URLSearchParams


def test_urllib_results_are_still_accepted_and_read_the_whatwg_way():
    options = clientOptions(urlsplit('http://u:p@127.0.0.1:8080/a b/ü/../c?x=1 2#f'))
    assert options['path'] == '/a%20b/c?x=1%202'
    assert options['port'] == 8080
    assert options['auth'] == 'u:p'
    assert options['hostname'] == '127.0.0.1'


def test_string_and_url_give_the_same_options():
    text = 'https://h.example:8443/p?q=1'
    assert clientOptions(text) == clientOptions(URL(text)) == url.urlToHttpOptions(URL(text))


def test_invalid_url_string_raises_err_invalid_url_with_input(run):
    caught = []

    def main():
        try:
            http.request('http://exa mple.com/')
        except TypeError as err:
            caught.append(err)
    run(main)
    assert caught[0].code == 'ERR_INVALID_URL'
    assert caught[0].input == 'http://exa mple.com/'


def test_request_over_a_url_object(common, run):
    seen = []

    def handler(req, res):
        seen.append(req.url)
        res.end()
    server = http.createServer(handler)

    def onlisten():
        target = URL(f'http://127.0.0.1:{server.address()["port"]}/a b/ü/../c')

        def onresponse(res):
            res.resume()
            res.on('end', server.close)
        http.get(target, common.mustCall(onresponse))

    run(lambda: server.listen(0, '127.0.0.1', onlisten))
    assert seen == ['/a%20b/c']


def test_url_as_a_python_value():
    u = URL('HTTP://Example.COM:80/a/./b/../c?x#y')
    assert str(u) == u.href == u.toString() == u.toJSON() == 'http://example.com/a/c?x#y'
    assert json.dumps(u.toJSON()) == '"http://example.com/a/c?x#y"'
    assert repr(u) == "URL('http://example.com/a/c?x#y')"
    assert u == URL('http://example.com/a/c?x#y')
    assert u != 'http://example.com/a/c?x#y'
    assert len({u, u}) == 1
    clone = copy.copy(u)
    assert clone.href == u.href


def test_search_params_iterate_as_pairs():
    params = URLSearchParams({'a': '1', 'b': '2'})
    assert [list(p) for p in params] == [['a', '1'], ['b', '2']]
    assert len(params) == params.size == 2
    assert str(params) == 'a=1&b=2'


def test_lone_surrogates_become_replacement_characters():
    u = URL('http://h/\ud800')
    assert u.pathname == '/%EF%BF%BD'
    assert URLSearchParams([['\udc00', 'x']]).toString() == '%EF%BF%BD=x'


def test_user_fields_on_a_url_subclass_reach_the_options():
    class Tagged(URL):
        pass
    u = Tagged('http://h/p')
    u.agent = False
    assert url.urlToHttpOptions(u)['agent'] is False
