// catalogue 97 - https Agent createConnection(options), (port, options), (port, host, options), null/undefined options, and the caller's options left unchanged (test-https-agent-create-connection.js)
'use strict';
const fs = require('fs');
const https = require('https');
const { log } = require('../../trace');

const key = fs.readFileSync('fixtures/server-key.pem');
const cert = fs.readFileSync('fixtures/server-cert.pem');

const agent = new https.Agent();

function createServer() {
  return https.createServer({ key, cert }, (req, res) => res.end('hello world\n'));
}

function checkRequest(name, socket, server, next) {
  let result = '';
  socket.on('connect', () => {
    socket.write('GET / HTTP/1.1\r\n\r\n');
    socket.end();
  });
  socket.on('data', (chunk) => { result += chunk; });
  socket.on('end', () => {
    // No Host header: Node 20's server answers 400 (requireHostHeader).
    log(name, 'status line', result.split('\r\n')[0]);
    server.close(next);
  });
}

const tests = [
  (next) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      const host = 'localhost';
      const options = { port, host, rejectUnauthorized: false, _agentKey: agent.getName({ port, host }) };
      checkRequest('createConnection(options)', agent.createConnection(options), server, next);
    });
  },
  (next) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      const host = 'localhost';
      const options = { rejectUnauthorized: false, _agentKey: agent.getName({ port, host }) };
      checkRequest('createConnection(port, options)', agent.createConnection(port, options), server, next);
    });
  },
  (next) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      const host = 'localhost';
      const options = { rejectUnauthorized: false, _agentKey: agent.getName({ port, host }) };
      checkRequest('createConnection(port, host, options)', agent.createConnection(port, host, options), server, next);
    });
  },
  (next) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      const options = { rejectUnauthorized: false };
      checkRequest('no _agentKey', agent.createConnection(port, 'localhost', options), server, next);
    });
  },
  ...[null, undefined].map((options) => (next) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      const socket = agent.createConnection(port, 'localhost', options);
      socket.on('error', (e) => {
        log(`options ${options}: error`, e.code, e.message);
        server.close(next);
      });
    });
  }),
  (next) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      const options = { port: 3000, rejectUnauthorized: false };
      const socket = agent.createConnection(port, 'localhost', options);
      socket.on('connect', () => socket.end());
      socket.on('end', () => {
        log('caller options after use', options);
        server.close(next);
      });
    });
  },
];

function run() {
  const test = tests.shift();
  if (test) test(run);
  else log('session cache keys', agent._sessionCache.list.length);
}
run();
