// §1.5, §1.7, catalogue 98/100 - https.globalAgent (keepAlive, lifo, timeout 5000; not http's), and ERR_INVALID_PROTOCOL for an https agent on http.request and an http agent on https.request (probes p02, p03)
'use strict';
const http = require('http');
const https = require('https');
const { log } = require('../../trace');

const g = https.globalAgent;
log('globalAgent', g instanceof https.Agent, 'keepAlive', g.keepAlive, 'scheduling', g.scheduling, 'timeout', g.options.timeout, 'maxCachedSessions', g.maxCachedSessions);
log('globalAgent is not http.globalAgent', g !== http.globalAgent);
try {
  http.request({ host: '127.0.0.1', port: 1, agent: new https.Agent() });
  log('no throw');
} catch (e) {
  log('http.request with an https agent:', e instanceof TypeError, e.code, e.message);
}
try {
  https.request({ host: '127.0.0.1', port: 1, agent: new http.Agent() });
  log('no throw');
} catch (e) {
  log('https.request with an http agent:', e instanceof TypeError, e.code, e.message);
}
try {
  https.request('http://127.0.0.1:1/');
  log('no throw');
} catch (e) {
  log('https.request with an http: URL:', e instanceof TypeError, e.code, e.message);
}
