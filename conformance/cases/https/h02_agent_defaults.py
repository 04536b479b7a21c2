# §1.6 - https.Agent defaults: defaultPort 443, protocol 'https:', maxCachedSessions ?? 100 (0 kept), an empty _sessionCache, http.Agent's own defaults (probe p03)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, https

a = https.Agent()
log('defaultPort', a.defaultPort, 'protocol', a.protocol, 'maxCachedSessions', a.maxCachedSessions)
log('_sessionCache', a._sessionCache)
log('keepAlive', a.keepAlive, 'maxSockets', a.maxSockets, 'maxFreeSockets', a.maxFreeSockets, 'scheduling', a.scheduling)
log('options', a.options)
log('instanceof http.Agent', isinstance(a, http.Agent))
log('maxCachedSessions 0 stays', https.Agent({'maxCachedSessions': 0}).maxCachedSessions)
log('maxCachedSessions 5', https.Agent({'maxCachedSessions': 5}).maxCachedSessions)
k = https.Agent({'keepAlive': True, 'maxSockets': 2, 'maxCachedSessions': 1})
log('with options', k.keepAlive, k.maxSockets, k.maxCachedSessions, k.options)
