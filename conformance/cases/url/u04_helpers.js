// url module helpers: urlToHttpOptions, fileURLToPath/pathToFileURL (POSIX), url.format (WHATWG options, legacy object), domainToASCII/Unicode, URL.canParse, ERR_INVALID_URL with input/base
'use strict';
const { log } = require('../../trace');
const url = require('url');

const opts = url.urlToHttpOptions(new URL('https://a%20b:p%40ss@[::1]:8443/x y?q=1#h'));
log('options', Object.keys(opts), opts.hostname, opts.port, opts.path, opts.auth, opts.protocol, opts.href);
const noPort = url.urlToHttpOptions(new URL('http://example.com/'));
log('no port', 'port' in noPort, 'auth' in noPort, noPort.path);
for (const input of ['file:///tmp/a%20b%25c', 'file://localhost/etc/x', new URL('file:///ü')]) {
  log('fileURLToPath', url.fileURLToPath(input));
}
for (const bad of ['http://x/', 'file://host/a', 'file:///a%2Fb', 5]) {
  try { url.fileURLToPath(bad); } catch (e) { log('error', e.code, e.message); }
}
log('pathToFileURL', url.pathToFileURL('/tmp/a b%c?d#e\n\\x\tz/').href);
log('pathToFileURL dir', url.pathToFileURL('/tmp/x/../y/').href, url.pathToFileURL('/').href);
try { url.pathToFileURL(5); } catch (e) { log('error', e.code, e.message); }
const w = new URL('http://us:pw@xn--6qq79v.com:81/a?b=1#c');
log('format', url.format(w));
log('format opts', url.format(w, { auth: false, search: false, fragment: false, unicode: true }));
log('format unicode', url.format(w, { unicode: true }));
log('legacy', url.format({ protocol: 'http', hostname: 'x.com', port: 80, pathname: '/a b', query: { a: 1, b: [2, 3], c: 'é&' }, hash: 'h' }));
log('legacy host', url.format({ protocol: 'https:', host: 'h:1', auth: 'u:p w', pathname: 'rel', search: 'q#x' }));
log('legacy ipv6', url.format({ protocol: 'http', hostname: '::1', pathname: '/?#' }));
log('legacy mailto', url.format({ protocol: 'mailto', pathname: 'a@b' }), url.format({ protocol: 'file', pathname: '/x' }));
for (const bad of [5, null]) {
  try { url.format(bad); } catch (e) { log('error', e.code, e.message); }
}
log('domain', url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com'), url.domainToUnicode('xn--espaol-zwa.com'));
log('canParse', URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://b/'));
try { new URL('x', 'not a base'); } catch (e) { log('error', e.code, e.message, e.input, e.base); }
try { new URL(); } catch (e) { log('error', e.code, e.message); }
log('string input', new URL(42, 'http://h/').href);
