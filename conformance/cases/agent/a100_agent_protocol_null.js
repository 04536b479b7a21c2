// catalogue 100 - test-http-agent-no-protocol.js (probe p02): if agent.protocol is null the default agent's protocol is expected; a mismatched protocol throws ERR_INVALID_PROTOCOL
'use strict';
const http = require('http');
const { log } = require('../../trace');

let request = 0;
const server = http.createServer((req, res) => {
  res.end();
  request++;
});

function attempt(label, agentProtocol, requestProtocol, port) {
  const agent = new http.Agent();
  agent.protocol = agentProtocol;
  try {
    const req = http.get({ protocol: requestProtocol, host: '127.0.0.1', port, path: '/', agent }, (res) => {
      log(label, 'response', res.statusCode, 'server requests', request);
      res.resume();
      server.close();
    });
    return req;
  } catch (e) {
    log(label, 'throws', e instanceof TypeError, e.code, e.message);
  }
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  attempt('agent.protocol "https:", request "http:":', 'https:', 'http:', port);
  attempt('agent.protocol null, request "https:":', null, 'https:', port);
  attempt('agent.protocol "", request "ftp:":', '', 'ftp:', port);
  attempt('agent.protocol null, request "http:":', null, 'http:', port);
});
