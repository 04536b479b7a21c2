// catalogue 98 - test-http-client-override-global-agent.js (probes p03, p19): http/https.globalAgent are keepAlive, lifo, timeout 5000; assigning http.globalAgent changes the default for later requests
'use strict';
const http = require('http');
const https = require('https');
const { log } = require('../../trace');

for (const [label, agent] of [['http', http.globalAgent], ['https', https.globalAgent]]) {
  log(label, 'globalAgent: keepAlive', agent.keepAlive, 'scheduling', agent.scheduling, 'options', agent.options,
      'maxSockets', agent.maxSockets, 'maxFreeSockets', agent.maxFreeSockets, 'keepAliveMsecs', agent.keepAliveMsecs,
      'defaultPort', agent.defaultPort, 'protocol', agent.protocol);
}

let served = 0;
const server = http.createServer((req, res) => {
  served++;
  res.end();
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const old = http.globalAgent;
  const agent = new http.Agent();
  http.globalAgent = agent;
  log('http.globalAgent is the new agent', http.globalAgent === agent);

  const req = http.get({ host: '127.0.0.1', port }, (res) => {
    log('request served', res.statusCode, 'served', served);
    res.resume();
    res.on('end', () => {
      http.globalAgent = old;
      server.close();
    });
  });
  log('req.agent is the new agent', req.agent === agent, 'name in agent.sockets', agent.getName({ host: '127.0.0.1', port }) in agent.sockets, 'old agent sockets', Object.keys(old.sockets).length);
});
