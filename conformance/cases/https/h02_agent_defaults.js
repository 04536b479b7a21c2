// §1.6 - https.Agent defaults: defaultPort 443, protocol 'https:', maxCachedSessions ?? 100 (0 kept), an empty _sessionCache, http.Agent's own defaults (probe p03)
'use strict';
const http = require('http');
const https = require('https');
const { log } = require('../../trace');

const a = new https.Agent();
log('defaultPort', a.defaultPort, 'protocol', a.protocol, 'maxCachedSessions', a.maxCachedSessions);
log('_sessionCache', a._sessionCache);
log('keepAlive', a.keepAlive, 'maxSockets', a.maxSockets, 'maxFreeSockets', a.maxFreeSockets, 'scheduling', a.scheduling);
log('options', a.options);
log('instanceof http.Agent', a instanceof http.Agent);
log('maxCachedSessions 0 stays', new https.Agent({ maxCachedSessions: 0 }).maxCachedSessions);
log('maxCachedSessions 5', new https.Agent({ maxCachedSessions: 5 }).maxCachedSessions);
const k = new https.Agent({ keepAlive: true, maxSockets: 2, maxCachedSessions: 1 });
log('with options', k.keepAlive, k.maxSockets, k.maxCachedSessions, k.options);
