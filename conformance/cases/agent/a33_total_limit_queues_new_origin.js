// catalogue 33 - once totalSocketCount >= maxTotalSockets, a request for a new origin is queued in requests[thatOrigin] although that origin has no sockets (probe p06)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const s1 = http.createServer((req, res) => res.end('A'));
const s2 = http.createServer((req, res) => res.end('B'));
s1.listen(0, '127.0.0.1', () => s2.listen(0, '127.0.0.1', go));
function go() {
  const pA = s1.address().port;
  const pB = s2.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(pA)).join('PORTA').split(String(pB)).join('PORTB')] = m[k].length;
    return o;
  };
  const agent = new http.Agent({ keepAlive: true, maxTotalSockets: 2, maxSockets: 5 });
  const st = () => ({ total: agent.totalSocketCount, sockets: P(agent.sockets), requests: P(agent.requests), free: P(agent.freeSockets) });
  let left = 4;
  const fire = (port, tag) => {
    http.get({ host: '127.0.0.1', port, agent, path: '/' + tag }, (res) => {
      res.resume();
      res.on('end', () => {
        if (--left === 0) setImmediate(() => {
          log('all 4 responses; queues', P(agent.requests));
          agent.destroy();
          s1.close();
          s2.close();
        });
      });
    });
    log('issued', tag, st());
  };
  fire(pA, 'A1');
  fire(pA, 'A2');
  fire(pB, 'B1');
  fire(pB, 'B2');
}
