# URLSearchParams: constructors (string, object, pairs, another params), append/delete(name[, value])/get/getAll/has(name[, value])/set/sort/size/forEach/keys/values/entries/toString, form encoding, and the tie to its URL
from conformance.trace import log
from node_http_agent.url import URL, URLSearchParams

p = URLSearchParams('?a=1&b=2&a=3&c=%20x+y&d&=e&f=')
log('parsed', [*p], p.size)
log('get', p.get('a'), p.get('zz'), p.getAll('a'), p.has('b'), p.has('a', '3'), p.has('a', '9'))
p.append('sp ace', 'v&=?#+ü~*')
log('append', p.toString())
p.set('a', 'only')
log('set', p.toString())
p.delete('b')
p.delete('a', 'nope')
log('delete', p.toString())
p.append('a', 'x')
p.delete('a', 'x')
log('delete value', p.toString())
p.sort()
log('sorted', [*p.keys()], [*p.values()])
seen = []
p.forEach(lambda value, name, self: seen.append([name, value, self is p]))
log('forEach', seen)
log('entries', [*p.entries()])
log('from object', URLSearchParams({'x': 1, 'y': 'two', 'z': None}).toString())
log('from pairs', URLSearchParams([['k', 'v'], ['k', 'w']]).toString())
log('copy', URLSearchParams(p).toString() == p.toString())
for bad in [[['a']], [['a', 'b', 'c']]]:
    try:
        URLSearchParams(bad)
    except Exception as e:
        log('error', e.code, str(e))
try:
    p.append('only-one')
except Exception as e:
    log('error', e.code, str(e))
try:
    p.get()
except Exception as e:
    log('error', e.code, str(e))

u = URL('http://h/p?x=1&y=2#frag')
sp = u.searchParams
log('same object', u.searchParams is sp)
sp.append('z', 'a b')
log('url after append', u.href, u.search)
sp.delete('x'); sp.delete('y'); sp.delete('z')
log('url after emptying', u.href, u.search)
sp.set('q', 'é')
log('url after set', u.href)
u.search = '?m=n'
log('params after search', sp.toString())
u.href = 'http://h/p?r=s'
log('params after href', sp.toString())
sorted_ = URL('http://h/?b=1&a=2&b=0&a=1')
sorted_.searchParams.sort()
log('url after sort', sorted_.href)
