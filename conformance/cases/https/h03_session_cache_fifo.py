# catalogue 92/93/94 - the https.Agent session cache: FIFO eviction at maxCachedSessions, an existing key updated in place, _evictSession, and maxCachedSessions 0 caching nothing (lib/https.js _cacheSession/_evictSession)
# conformance: agent
from conformance.trace import log
from node_http_agent import https

agent = https.Agent({'maxCachedSessions': 2})


def show(what):
    log(what, 'list', agent._sessionCache['list'], 'map', agent._sessionCache['map'])


log('_getSession(missing)', agent._getSession('a'))
agent._cacheSession('a', 's1')
show('cache a')
agent._cacheSession('b', 's2')
show('cache b')
agent._cacheSession('a', 's1-new')
show('update a in place')
agent._cacheSession('c', 's3')
show('cache c evicts the oldest')
log('_getSession(b)', agent._getSession('b'), '_getSession(a)', agent._getSession('a'))
agent._evictSession('b')
show('evict b')
agent._evictSession('missing')
show('evict a missing key')
agent._cacheSession('d', 's4')
agent._cacheSession('e', 's5')
show('cache d, e')

off = https.Agent({'maxCachedSessions': 0})
off._cacheSession('a', 's1')
log('maxCachedSessions 0:', off._sessionCache)

one = https.Agent({'maxCachedSessions': 1})
one._cacheSession('x', 's1')
one._cacheSession('y', 's2')
log('maxCachedSessions 1:', one._sessionCache)
