# url module helpers: urlToHttpOptions, fileURLToPath/pathToFileURL (POSIX), url.format (WHATWG options, legacy object), domainToASCII/Unicode, URL.canParse, ERR_INVALID_URL with input/base
from conformance.trace import log
from node_http_agent import url
from node_http_agent.url import URL

opts = url.urlToHttpOptions(URL('https://a%20b:p%40ss@[::1]:8443/x y?q=1#h'))
log('options', list(opts), opts['hostname'], opts['port'], opts['path'], opts['auth'],
    opts['protocol'], opts['href'])
noPort = url.urlToHttpOptions(URL('http://example.com/'))
log('no port', 'port' in noPort, 'auth' in noPort, noPort['path'])
for input in ['file:///tmp/a%20b%25c', 'file://localhost/etc/x', URL('file:///ü')]:
    log('fileURLToPath', url.fileURLToPath(input))
for bad in ['http://x/', 'file://host/a', 'file:///a%2Fb', 5]:
    try:
        url.fileURLToPath(bad)
    except Exception as e:
        log('error', e.code, str(e))
log('pathToFileURL', url.pathToFileURL('/tmp/a b%c?d#e\n\\x\tz/').href)
log('pathToFileURL dir', url.pathToFileURL('/tmp/x/../y/').href, url.pathToFileURL('/').href)
try:
    url.pathToFileURL(5)
except Exception as e:
    log('error', e.code, str(e))
w = URL('http://us:pw@xn--6qq79v.com:81/a?b=1#c')
log('format', url.format(w))
log('format opts', url.format(w, {'auth': False, 'search': False, 'fragment': False,
                                  'unicode': True}))
log('format unicode', url.format(w, {'unicode': True}))
log('legacy', url.format({'protocol': 'http', 'hostname': 'x.com', 'port': 80, 'pathname': '/a b',
                          'query': {'a': 1, 'b': [2, 3], 'c': 'é&'}, 'hash': 'h'}))
log('legacy host', url.format({'protocol': 'https:', 'host': 'h:1', 'auth': 'u:p w',
                               'pathname': 'rel', 'search': 'q#x'}))
log('legacy ipv6', url.format({'protocol': 'http', 'hostname': '::1', 'pathname': '/?#'}))
log('legacy mailto', url.format({'protocol': 'mailto', 'pathname': 'a@b'}),
    url.format({'protocol': 'file', 'pathname': '/x'}))
for bad in [5, None]:
    try:
        url.format(bad)
    except Exception as e:
        log('error', e.code, str(e))
log('domain', url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com'),
    url.domainToUnicode('xn--espaol-zwa.com'))
log('canParse', URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://b/'))
try:
    URL('x', 'not a base')
except Exception as e:
    log('error', e.code, str(e), e.input, e.base)
try:
    URL()
except Exception as e:
    log('error', e.code, str(e))
log('string input', URL(42, 'http://h/').href)
