// catalogue 89 - probe p17, test-https-agent-additional-options.js: agent 'free' receives (socket, options) where options are the merged connect options
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  let sock;
  agent.on('free', (socket, options, ...rest) => {
    log("agent 'free': socket is a net.Socket", socket instanceof net.Socket, 'is the request socket', socket === sock, 'extra args', rest.length);
    log('options keys', Object.keys(options).sort());
    log('host', options.host, 'port is the port', options.port === port, 'path', options.path, 'agent is the agent', options.agent === agent,
        '_agentKey', options._agentKey.split(String(port)).join('PORT'), 'servername', [options.servername], 'encoding', options.encoding,
        'keepAlive', options.keepAlive, 'keepAliveInitialDelay', options.keepAliveInitialDelay, 'noDelay', options.noDelay);
    agent.destroy();
    server.close();
  });
  const req = http.get({ host: '127.0.0.1', port, agent, path: '/p' }, (res) => res.resume());
  req.on('socket', (s) => { sock = s; });
});
