# net n001 - dns.lookup / dns.promises.lookup argument validation (issue 13 item 1)
from conformance.trace import log
from node_http_agent import dns


def noop(*a):
    pass


calls = [
    ['hostname number', lambda: dns.lookup(1, noop)],
    ['family 5', lambda: dns.lookup('x', 5, noop)],
    ['no callback', lambda: dns.lookup('x', 4)],
    ['options string', lambda: dns.lookup('x', 'str', noop)],
    ['options string, no cb', lambda: dns.lookup('x', 'str')],
    ['family IPv5', lambda: dns.lookup('x', {'family': 'IPv5'}, noop)],
    ['family 5 in options', lambda: dns.lookup('x', {'family': 5}, noop)],
    ['hints string', lambda: dns.lookup('x', {'hints': 'a'}, noop)],
    ['hints bad flags', lambda: dns.lookup('x', {'hints': 12345}, noop)],
    ['all number', lambda: dns.lookup('x', {'all': 1}, noop)],
    ['verbatim number', lambda: dns.lookup('x', {'verbatim': 1}, noop)],
    ['order bad', lambda: dns.lookup('x', {'order': 'x'}, noop)],
    ['order bad, no cb', lambda: dns.lookup('x', {'order': 'x'})],
    ['promises hostname', lambda: dns.promises.lookup(1)],
    ['promises family IPv4', lambda: dns.promises.lookup('x', {'family': 'IPv4'})],
    ['promises options bool', lambda: dns.promises.lookup('x', True)],
    ['promises hints', lambda: dns.promises.lookup('x', {'hints': -1})],
    ['setDefaultResultOrder', lambda: dns.setDefaultResultOrder('x')],
]
for name, f in calls:
    try:
        f()
        log(name, 'accepted')
    except Exception as e:
        log(name, e.code, 'RangeError' if isinstance(e, ValueError) else
            'TypeError' if isinstance(e, TypeError) else 'Error', str(e))
log('constants', dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NOTFOUND)
log('order', dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder())
dns.setDefaultResultOrder('ipv4first')
log('order', dns.getDefaultResultOrder())
dns.setDefaultResultOrder('verbatim')
