// catalogue 81, 12, 13 - test-http-createConnection.js (probe p13): a createConnection assigned on the instance may return the socket, call back with it, or both (sync or async); it counts once; the options it gets
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const variants = {
    returnForm(opts, cb) { return net.createConnection(port, '127.0.0.1'); },
    callbackAsync(opts, cb) { setImmediate(() => cb(null, net.createConnection(port, '127.0.0.1'))); },
    bothSync(opts, cb) { const s = net.createConnection(port, '127.0.0.1'); cb(null, s); return s; },
    bothAsync(opts, cb) { const s = net.createConnection(port, '127.0.0.1'); setImmediate(() => cb(null, s)); return s; },
  };
  for (const [label, fn] of Object.entries(variants)) {
    let calls = 0;
    let seen;
    const agent = new http.Agent({ keepAlive: true });
    agent.createConnection = (opts, cb) => {
      calls++;
      seen = opts;
      return fn(opts, cb);
    };
    await new Promise((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
        res.resume();
        res.on('end', () => setImmediate(() => {
          log(label, 'response', res.statusCode, 'createConnection calls', calls, 'total', agent.totalSocketCount, 'pooled', Object.values(agent.freeSockets).map((l) => l.length));
          agent.destroy();
          resolve();
        }));
      });
      req.on('error', (e) => { log(label, 'error', e.message); resolve(); });
    });
    if (label === 'returnForm') {
      log('options keys', Object.keys(seen).sort());
      log('_agentKey', seen._agentKey.split(String(port)).join('PORT'), 'agent is the agent', seen.agent === agent,
          'encoding', seen.encoding, 'noDelay', seen.noDelay, 'path', seen.path, 'servername', [seen.servername],
          'keepAlive', seen.keepAlive, 'keepAliveInitialDelay', seen.keepAliveInitialDelay);
    }
  }
  server.close();
});
