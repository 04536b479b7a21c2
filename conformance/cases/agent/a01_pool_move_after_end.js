// catalogue 1 - test-http-agent-keepalive.js: at res 'end' the socket is still active; one tick later it is in freeSockets (probe p04)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('hello world'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(port)).join('PORT')] = m[k].length;
    return o;
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 5, maxFreeSockets: 5 });
  const name = agent.getName({ host: '127.0.0.1', port });
  const get = (path, next) => {
    http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        log(path, "res 'end': sockets", P(agent.sockets), 'freeSockets', P(agent.freeSockets),
            'freeSockets[name] undefined', agent.freeSockets[name] === undefined);
        process.nextTick(() => {
          log(path, 'nextTick: sockets', P(agent.sockets), 'freeSockets', P(agent.freeSockets),
              'sockets[name] undefined', agent.sockets[name] === undefined);
          next();
        });
      });
    });
  };
  get('/first', () => get('/second', () => {
    agent.destroy();
    server.close();
  }));
});
