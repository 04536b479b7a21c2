// catalogue 29 - test-http-agent-maxsockets-respected.js: active sockets per origin never exceed maxSockets, even when requests are aborted after 'response'
'use strict';
const http = require('http');
const { log } = require('../../trace');

const MAX_SOCKETS = 2;
const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 1000, maxSockets: MAX_SOCKETS, maxFreeSockets: 2 });
let handled = 0;
const server = http.createServer((req, res) => {
  handled++;
  res.end('hello world');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let responses = 0;
  let maxSeen = 0;
  const lengthsAtIssue = [];
  for (let i = 0; i < 6; i++) {
    const request = http.get({ host: '127.0.0.1', port, agent, path: '/1' });
    lengthsAtIssue.push(agent.sockets[Object.keys(agent.sockets)[0]].length);
    request.on('error', (e) => log('unexpected error', e.message));
    request.on('response', () => {
      request.abort();
      const sockets = agent.sockets[Object.keys(agent.sockets)[0]];
      maxSeen = Math.max(maxSeen, sockets.length);
      if (++responses === 6) {
        log('responses', responses, 'server handled', handled, 'most active sockets seen at a response', maxSeen,
            'at most maxSockets', maxSeen <= MAX_SOCKETS);
        server.close();
        agent.destroy();
      }
    });
  }
  log('sockets[name].length after each http.get', lengthsAtIssue, 'queued', agent.requests[Object.keys(agent.requests)[0]].length);
});
