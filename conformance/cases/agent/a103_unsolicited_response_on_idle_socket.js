// An unsolicited response on an idle keep-alive socket: read and dropped while the socket is free (flowing, no 'data' listener); handed to the next request when it was written in the same turn that request takes the socket (no pause is involved)
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const OK = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';
const EXTRA = 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nextra';
let conn = null;
let served = 0;
const server = net.createServer((c) => {
  conn = c;
  c.on('data', () => {
    served++;
    if (served !== 2) c.write(OK);  // the second request is answered by the unsolicited bytes
  });
});

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const port = server.address().port;
  let socket = null;

  function get(i, next) {
    const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (d) => { body += d; });
      res.on('end', () => log(i, 'response', res.statusCode, JSON.stringify(body), 'reusedSocket', req.reusedSocket));
    });
    req.on('socket', (s) => { socket = s; });
    req.on('error', (e) => log(i, 'error', e.code));
    req.on('close', () => setTimeout(next, 20));
  }

  function idle() {
    log('idle: data listeners', socket.listenerCount('data'), 'flowing', socket.readableFlowing, 'bytesRead', socket.bytesRead);
  }

  get(1, () => {
    idle();
    conn.write(EXTRA);  // arrives while the socket is free in the pool
    setTimeout(() => {
      idle();
      conn.write(EXTRA);  // written in the same turn as the next request takes the socket
      get(2, () => {
        idle();
        get(3, () => {
          log('free sockets', Object.keys(agent.freeSockets).length, 'server requests', served);
          agent.destroy();
          server.close();
        });
      });
    }, 50);
  });
});
