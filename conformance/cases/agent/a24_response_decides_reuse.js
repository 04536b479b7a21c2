// catalogue 24 - test-http-should-keep-alive.js: the server's response decides reuse (HTTP/1.0 with/without keep-alive, HTTP/1.1 default/keep-alive/chunked/close/EOF body) (probe p09)
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const RESPONSES = [
  'HTTP/1.0 200 ok\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.0 200 ok\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n',
  'HTTP/1.1 200 ok\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 ok\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n',
  'HTTP/1.1 200 ok\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  'HTTP/1.1 200 ok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
  'HTTP/1.1 200 ok\r\n\r\nbody-until-close',
];
let i = 0;
// A raw server: answer the first request on each connection with RESPONSES[i].
const server = net.createServer((sock) => {
  sock.on('error', () => {});
  sock.once('data', () => {
    const r = RESPONSES[i];
    sock.write(r);
    if (r.endsWith('body-until-close')) sock.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const next = () => {
    if (i === RESPONSES.length) {
      server.close();
      return;
    }
    const label = RESPONSES[i].split('\r\n').slice(0, 3).join(' | ');
    const agent = new http.Agent({ keepAlive: true });
    const name = agent.getName({ host: '127.0.0.1', port });
    let sock;
    let closed = false;
    const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
      res.resume();
      res.on('end', () => setImmediate(() => {
        const pooled = (agent.freeSockets[name] || []).length === 1;
        const report = () => {
          log(label, '-> shouldKeepAlive', req.shouldKeepAlive, 'pooled', pooled, 'socket destroyed', sock.destroyed,
              'total', agent.totalSocketCount);
          agent.destroy();
          i++;
          next();
        };
        // A socket that is not pooled is destroyed: wait for its 'close'.
        if (pooled || closed) report();
        else sock.once('close', () => setImmediate(report));
      }));
    });
    req.on('socket', (s) => {
      sock = s;
      s.on('close', () => { closed = true; });
    });
  };
  next();
});
