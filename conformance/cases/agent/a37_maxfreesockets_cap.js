// catalogue 37 - the idle pool per name is capped at maxFreeSockets: 4 concurrent requests with maxFreeSockets 2 leave 2 free and 2 destroyed (probe p07, test-http-agent-maxsockets.js)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('x'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(port)).join('PORT')] = m[k].length;
    return o;
  };
  const agent = new http.Agent({ keepAlive: true, maxFreeSockets: 2 });
  const socks = [];
  let ended = 0;
  let closed = 0;
  let reported = false;
  const check = () => {
    if (ended === 4 && closed === 2 && !reported) {
      reported = true;
      setImmediate(report);
    }
  };
  for (let i = 0; i < 4; i++) {
    const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        ended++;
        check();
      });
    });
    req.on('socket', (s) => {
      socks.push(s);
      s.on('close', () => {
        closed++;
        check();
      });
    });
  }
  log('issued: sockets', P(agent.sockets), 'total', agent.totalSocketCount);
  function report() {
    const free = agent.freeSockets[agent.getName({ host: '127.0.0.1', port })];
    log('freeSockets', P(agent.freeSockets), 'sockets', P(agent.sockets), 'total', agent.totalSocketCount);
    log('destroyed sockets', socks.filter((s) => s.destroyed).length, 'pooled sockets destroyed', free.filter((s) => s.destroyed).length);
    agent.destroy();
    server.close();
  }
});
