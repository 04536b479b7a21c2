// catalogue 60 - probe p10: the default reuseSocket removes the free-socket 'error' listener and refs the socket again (the reused socket alone keeps the process alive)
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// A raw server that keeps nothing alive: its connections and its timer are unref'd.
let n = 0;
const server = net.createServer((sock) => {
  sock.unref();
  sock.on('data', () => {
    n++;
    const reply = () => sock.write(`HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nr${n}`);
    if (n === 1) reply(); else setTimeout(reply, 100).unref();
  });
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const reuseSocket = agent.reuseSocket;
  agent.reuseSocket = (socket, req) => {
    log('reuseSocket: error listeners before', socket.listenerCount('error'));
    reuseSocket(socket, req);
    log('reuseSocket: error listeners after', socket.listenerCount('error'), 'reusedSocket', req.reusedSocket);
  };
  http.get({ host: '127.0.0.1', port, agent }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => {
      const socket = Object.values(agent.freeSockets)[0][0];
      log('pooled socket: error listeners', socket.listenerCount('error'));
      server.close();
      const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          log('second response', body, 'same socket', req.socket === socket);
          agent.destroy();
        });
      });
      req.on('socket', (s) => log('in use: error listeners', s.listenerCount('error')));
    }));
  });
});
process.on('exit', () => log('exit'));
