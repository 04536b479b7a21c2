# http.request(new URL(...)) and URL strings go through urlToHttpOptions: WHATWG path ('/a b/ü/../c' sent as '/a%20b/c'), auth from userinfo, options merged over the URL, the fragment dropped
from conformance.trace import log
from node_http_agent import http, process
from node_http_agent.url import URL


def main():
    def handler(req, res):
        log('server', req.method, req.url, req.headers.get('authorization') or '-',
            req.headers.get('x-extra') or '-')
        res.end()
    server = http.createServer(handler)

    def onlistening():
        port = server.address()['port']
        base = f'http://127.0.0.1:{port}'
        calls = [
            lambda cb: http.get(URL(f'{base}/a b/ü/../c?x=1 2&y=ü#frag'), cb),
            lambda cb: http.get(f'http://user:p%40ss@127.0.0.1:{port}/auth', cb),
            lambda cb: http.request(URL(f'{base}/over'), {'method': 'POST',
                                                          'headers': {'x-extra': 'yes'}}, cb).end(),
            lambda cb: http.get(f'{base}/x/./y/../z\\w', {'agent': False}, cb),
        ]

        def nextCall():
            if not calls:
                server.close()
                return
            call = calls.pop(0)

            def onresponse(res):
                res.resume()
                res.on('end', nextCall)
            call(onresponse)
        nextCall()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
