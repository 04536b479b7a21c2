// catalogue 35 - free sockets count toward the total but are not evicted: totalSocketCount exceeds maxTotalSockets; the next 'free' with total > max destroys that socket (probe p06)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const sA = http.createServer((req, res) => res.end('A'));
const sB = http.createServer((req, res) => res.end('B'));
sA.listen(0, '127.0.0.1', () => sB.listen(0, '127.0.0.1', go));
function go() {
  const pA = sA.address().port;
  const pB = sB.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(pA)).join('PORTA').split(String(pB)).join('PORTB')] = m[k].length;
    return o;
  };
  const agent = new http.Agent({ keepAlive: true, maxTotalSockets: 1 });
  const st = () => ({ total: agent.totalSocketCount, sockets: P(agent.sockets), free: P(agent.freeSockets), requests: P(agent.requests) });
  const a1 = http.get({ host: '127.0.0.1', port: pA, agent, path: '/A1' }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => log('A1 done', st())));
  });
  log('issued A1', st());
  const b1 = http.get({ host: '127.0.0.1', port: pB, agent, path: '/B1' }, (res) => {
    res.resume();
  });
  log('issued B1', st());
  b1.on('socket', (s) => {
    log("B1 'socket' (opened when A's socket went to the pool)", st());
    // total > maxTotalSockets when B1's socket is freed, so it is destroyed, not pooled.
    s.on('close', () => setImmediate(() => {
      log('after the B socket closed', st(), 'A socket pooled', agent.freeSockets[Object.keys(agent.freeSockets)[0]][0] === a1.socket);
      agent.destroy();
      sA.close();
      sB.close();
    }));
  });
}
