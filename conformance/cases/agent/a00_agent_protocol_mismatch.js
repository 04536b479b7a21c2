// §1.7 - an agent whose protocol differs from the request's throws ERR_INVALID_PROTOCOL synchronously (probe p02)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const agent = new http.Agent();
agent.protocol = 'https:';
try {
  http.request({ host: '127.0.0.1', port: 1, agent });
  log('no throw');
} catch (e) {
  log('TypeError', e instanceof TypeError, e.code, e.message);
}
log('sockets after the throw', agent.sockets, 'totalSocketCount', agent.totalSocketCount);
