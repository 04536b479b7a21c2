// URL setters as in Node's url.md examples: hash, host, hostname, href (invalid throws ERR_INVALID_URL), password, pathname, port (numbers, defaults, junk), protocol (special/non-special), search, username; searchParams follows search/href
'use strict';
const { log } = require('../../trace');

const u = new URL('https://example.org:81/foo');
const show = (what) => log(what, u.href);
u.hash = 'baz'; show('hash');
u.hash = ''; show('hash cleared');
u.host = 'example.com:82'; show('host');
u.hostname = 'example.net'; show('hostname');
u.hostname = 'bad host'; show('bad hostname ignored');
u.password = 'p w'; show('password');
u.username = 'u@ser'; show('username');
u.pathname = '/a b/../c?d#e'; show('pathname');
u.port = '1234'; show('port string');
u.port = 443; show('default port');
u.port = 'abcd'; show('junk port ignored');
u.port = '5678abc'; show('leading digits');
u.port = 1234.5678; show('float port');
u.port = 1e10; show('out of range ignored');
u.port = ''; show('port cleared');
u.protocol = 'http'; show('protocol');
u.protocol = 'fish'; show('special to non-special ignored');
u.search = 'a=1&b= 2'; show('search');
const sp = u.searchParams;
log('params', [...sp]);
u.search = '?c=3'; log('params after search', [...sp], sp.size);
u.href = 'https://other.example/x?q=9#h'; log('after href', u.href, [...sp]);
u.search = ''; show('search cleared');
try { u.href = 'not a url'; } catch (e) { log('href error', e.code, e.message, e.input); }
show('unchanged');
const f = new URL('file:///C:/a');
f.host = 'x'; log('file host', f.href);
const m = new URL('mailto:a@b');
m.pathname = 'c@d'; m.hash = '#x'; log('non-special', m.href, m.pathname, m.origin);
const b = new URL('b/../c?x#y', 'http://h/a/');
log('relative', b.href, b.toString(), b.toJSON(), String(b));
