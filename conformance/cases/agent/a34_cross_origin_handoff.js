// catalogue 34 - cross-origin hand-off: a socket released by an origin with no queue opens a socket for the first key of requests, only if that origin has no active sockets (probe p06, removeSocket TODO(rickyes))
'use strict';
const http = require('http');
const { log } = require('../../trace');

let released = false;
let holdB1 = null;
const sA = http.createServer((req, res) => res.end(req.url));
// Server B holds /B1 until the client releases it, so the order of events does not depend on timing.
const sB = http.createServer((req, res) => {
  if (req.url === '/B1' && !released) {
    holdB1 = () => res.end(req.url);
    return;
  }
  res.end(req.url);
});
const sC = http.createServer((req, res) => res.end(req.url));
const releaseB1 = () => {
  released = true;
  if (holdB1) holdB1();
};
sA.listen(0, '127.0.0.1', () => sB.listen(0, '127.0.0.1', () => sC.listen(0, '127.0.0.1', go)));
function go() {
  const ports = [[sA.address().port, 'PORTA'], [sB.address().port, 'PORTB'], [sC.address().port, 'PORTC']];
  const R = (k) => {
    for (const [p, tag] of ports) k = k.split(String(p)).join(tag);
    return k;
  };
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[R(k)] = m[k].length;
    return o;
  };
  const agent = new http.Agent({ keepAlive: true, maxTotalSockets: 2 });
  const st = () => ({ total: agent.totalSocketCount, sockets: P(agent.sockets), free: P(agent.freeSockets), requests: P(agent.requests) });
  const get = (server, tag, onEnd) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, agent, path: '/' + tag }, (res) => {
      res.resume();
      res.on('end', () => setImmediate(onEnd, req));
    });
    req.on('socket', () => log(tag, "'socket' reusedSocket", req.reusedSocket, st()));
    log('issued', tag, st());
    return req;
  };
  get(sA, 'A1', () => {
    log('A1 done: the pooled A socket opened nothing, B (first key of requests) has an active socket', st());
    releaseB1();
  });
  get(sB, 'B1', () => log('B1 done', st()));
  get(sB, 'B2', () => log('B2 done', st()));
  const c1 = get(sC, 'C1', () => {});
  // total > maxTotalSockets when C1's socket is freed, so it is destroyed, not pooled.
  c1.on('socket', (s) => s.on('close', () => setImmediate(() => {
    log('after the C socket closed', st());
    agent.destroy();
    sA.close();
    sB.close();
    sC.close();
  })));
}
