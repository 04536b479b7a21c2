# test-http-client-unescaped-path.js, _http_client.js ClientRequest validation: http.request() throws synchronously on a bad method, path, protocol or header
from conformance.trace import log
from node_http_agent import http, process


def attempt(label, options):
    try:
        http.request(options)
        log(label, 'no throw')
    except Exception as err:
        log(label, err.code, isinstance(err, TypeError), str(err))


def main():
    attempt('bad method', {'host': '127.0.0.1', 'port': 1, 'method': 'BAD METHOD'})
    attempt('method with colon', {'host': '127.0.0.1', 'port': 1, 'method': 'GE:T'})
    attempt('method not a string', {'host': '127.0.0.1', 'port': 1, 'method': 42})
    attempt('space in path', {'host': '127.0.0.1', 'port': 1, 'path': '/a b'})
    attempt('tab in path', {'host': '127.0.0.1', 'port': 1, 'path': '/a\tb'})
    attempt('https protocol', {'host': '127.0.0.1', 'port': 1, 'protocol': 'https:'})
    attempt('ftp protocol', {'host': '127.0.0.1', 'port': 1, 'protocol': 'ftp:'})
    attempt('header value CRLF', {'host': '127.0.0.1', 'port': 1, 'headers': {'X-Bad': 'a\r\nb'}})
    attempt('header name space', {'host': '127.0.0.1', 'port': 1, 'headers': {'bad name': 'v'}})
    attempt('header name empty', {'host': '127.0.0.1', 'port': 1, 'headers': {'': 'v'}})
    attempt('header value undefined', {'host': '127.0.0.1', 'port': 1, 'headers': {'X-Undef': None}})
    attempt('host not a string', {'host': 42, 'port': 1})
    attempt('timeout not a number', {'host': '127.0.0.1', 'port': 1, 'timeout': 'x'})


process.run(main)
