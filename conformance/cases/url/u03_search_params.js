// URLSearchParams: constructors (string, object, pairs, another params), append/delete(name[, value])/get/getAll/has(name[, value])/set/sort/size/forEach/keys/values/entries/toString, form encoding, and the tie to its URL
'use strict';
const { log } = require('../../trace');

const p = new URLSearchParams('?a=1&b=2&a=3&c=%20x+y&d&=e&f=');
log('parsed', [...p], p.size);
log('get', p.get('a'), p.get('zz'), p.getAll('a'), p.has('b'), p.has('a', '3'), p.has('a', '9'));
p.append('sp ace', 'v&=?#+ü~*');
log('append', p.toString());
p.set('a', 'only');
log('set', p.toString());
p.delete('b');
p.delete('a', 'nope');
log('delete', p.toString());
p.append('a', 'x');
p.delete('a', 'x');
log('delete value', p.toString());
p.sort();
log('sorted', [...p.keys()], [...p.values()]);
const seen = [];
p.forEach((value, name, self) => seen.push([name, value, self === p]));
log('forEach', seen);
log('entries', [...p.entries()]);
log('from object', new URLSearchParams({ x: 1, y: 'two', z: null }).toString());
log('from pairs', new URLSearchParams([['k', 'v'], ['k', 'w']]).toString());
log('copy', new URLSearchParams(p).toString() === p.toString());
for (const bad of [[['a']], [['a', 'b', 'c']]]) {
  try { new URLSearchParams(bad); } catch (e) { log('error', e.code, e.message); }
}
try { p.append('only-one'); } catch (e) { log('error', e.code, e.message); }
try { p.get(); } catch (e) { log('error', e.code, e.message); }

const u = new URL('http://h/p?x=1&y=2#frag');
const sp = u.searchParams;
log('same object', u.searchParams === sp);
sp.append('z', 'a b');
log('url after append', u.href, u.search);
sp.delete('x'); sp.delete('y'); sp.delete('z');
log('url after emptying', u.href, u.search);
sp.set('q', 'é');
log('url after set', u.href);
u.search = '?m=n';
log('params after search', sp.toString());
u.href = 'http://h/p?r=s';
log('params after href', sp.toString());
const sorted = new URL('http://h/?b=1&a=2&b=0&a=1');
sorted.searchParams.sort();
log('url after sort', sorted.href);
