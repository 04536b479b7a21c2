// catalogue 39 - test-http-agent-scheduling.js: 'lifo' (the default) takes the most recently freed socket (pop) (probe p08)
'use strict';
const http = require('http');
const { log } = require('../../trace');

function run(label, options, done) {
  const held = {};
  let got = 0;
  let gate = true;
  // Hold /0, /1, /2 until all three arrived, then let the client release them one by one,
  // so the sockets return to the pool in a known order: /0 first, /2 last.
  const server = http.createServer((req, res) => {
    if (!gate) {
      res.end(req.url);
      return;
    }
    held[req.url] = () => res.end(req.url);
    if (++got === 3) held['/0']();
  });
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const agent = new http.Agent(options);
    const name = agent.getName({ host: '127.0.0.1', port });
    const socks = [];
    const idx = (s) => socks.indexOf(s);
    const pool = () => (agent.freeSockets[name] || []).map(idx);
    for (let i = 0; i < 3; i++) {
      const req = http.get({ host: '127.0.0.1', port, path: '/' + i, agent }, (res) => {
        res.resume();
        res.on('end', () => setImmediate(() => {
          log(label, 'returned socket', i, 'pool', pool());
          if (i < 2) held['/' + (i + 1)]();
          else {
            gate = false;
            next(0);
          }
        }));
      });
      req.on('socket', (s) => { socks[i] = s; });
    }
    function next(n) {
      if (n === 3) {
        agent.destroy();
        server.close();
        done();
        return;
      }
      const req = http.get({ host: '127.0.0.1', port, path: '/x', agent }, (res) => {
        res.resume();
        res.on('end', () => setImmediate(() => {
          log(label, 'request', n, 'used socket', idx(req.socket), 'reusedSocket', req.reusedSocket, 'pool after', pool());
          next(n + 1);
        }));
      });
    }
  });
}

run('default', { keepAlive: true }, () => run('lifo', { keepAlive: true, scheduling: 'lifo' }, () => {}));
