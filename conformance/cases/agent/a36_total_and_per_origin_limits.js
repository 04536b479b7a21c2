// catalogue 36 - test-http-agent-maxtotalsockets.js: active sockets stay <= maxTotalSockets across origins and <= maxSockets per origin; all queues drain
'use strict';
const http = require('http');
const { log } = require('../../trace');

const maxTotalSockets = 2;
const maxSockets = 3;
const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 1000, maxTotalSockets, maxSockets, maxFreeSockets: 3 });
let handled = 0;
const server = http.createServer((req, res) => { handled++; res.end('hello world'); });
const server2 = http.createServer((req, res) => { handled++; res.end('hello world'); });

let done = 0;
let perOriginOk = true;
let totalOk = true;
function getTotalSocketsCount() {
  let num = 0;
  for (const key of Object.keys(agent.sockets)) num += agent.sockets[key].length;
  return num;
}
function getRequestCount() {
  let num = 0;
  for (const key of Object.keys(agent.requests)) num += agent.requests[key].length;
  return num;
}
function handler(s) {
  for (let i = 0; i < 6; i++) {
    http.get({ host: '127.0.0.1', port: s.address().port, agent, path: `/${i}` }, (res) => {
      res.resume();
      res.on('end', () => {
        for (const key of Object.keys(agent.sockets)) {
          if (agent.sockets[key].length > maxSockets) perOriginOk = false;
        }
        if (getTotalSocketsCount() > maxTotalSockets) totalOk = false;
        if (++done === 12) {
          log('responses', done, 'server handled', handled, 'per origin <= maxSockets', perOriginOk,
              'active total <= maxTotalSockets', totalOk, 'queued requests left', getRequestCount());
          agent.destroy();
          server.close();
          server2.close();
        }
      });
    });
  }
}
server.listen(0, '127.0.0.1', () => server2.listen(0, '127.0.0.1', () => {
  handler(server);
  handler(server2);
  log('after 12 requests issued: active', getTotalSocketsCount(), 'queued', getRequestCount(), 'totalSocketCount', agent.totalSocketCount);
}));
