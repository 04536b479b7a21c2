// catalogue 66 - test-http-agent-reuse-drained-socket-only.js: a socket whose request body has not been flushed is not released; the next request opens a new connection
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const agent = new http.Agent({
  keepAlive: true,
  maxFreeSockets: 1024,
});

const serverSockets = [];
const server = net.createServer({
  pauseOnConnect: true,
}, (sock) => {
  serverSockets.push(sock);
  // Do not read anything from `sock`
  sock.pause();
  sock.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: Keep-Alive\r\n\r\n');
});

function noop() { }

server.listen(0, '127.0.0.1', () => {
  sendFstReq(server.address().port);
});

function sendFstReq(serverPort) {
  const req = http.request({
    agent,
    host: '127.0.0.1',
    port: serverPort,
  }, (res) => {
    res.on('data', noop);
    res.on('end', () => {
      log('first response end; request finished', req.writableFinished);
      // The agent's socket reusing code runs on process.nextTick(); look in the next loop turn.
      setTimeout(sendSecReq, 10, serverPort, req.socket);
    });
  });

  // Overwhelm the flow control window (tcp over loopback has a large window).
  log('write of 6 MB returned', req.write('a'.repeat(6_000_000)));
  req.end();
}

function sendSecReq(serverPort, fstSocket) {
  log('before second request: free', Object.values(agent.freeSockets).map((l) => l.length), 'sockets', Object.values(agent.sockets).map((l) => l.length));
  // The second request should be sent on a new socket, because the first socket is not drained.
  const req = http.request({
    agent,
    host: '127.0.0.1',
    port: serverPort,
  }, (res) => {
    res.on('data', noop);
    res.on('end', () => {
      setTimeout(sendThrReq, 10, serverPort, req.socket);
    });
  });

  req.on('socket', (sock) => {
    log('second request: new socket', sock !== fstSocket, 'reusedSocket', req.reusedSocket);
  });
  req.end();
}

function sendThrReq(serverPort, secSocket) {
  // The third request should reuse the second socket.
  const req = http.request({
    agent,
    host: '127.0.0.1',
    port: serverPort,
  }, noop);

  req.on('socket', (sock) => {
    log('third request: reuses the second socket', sock === secSocket, 'reusedSocket', req.reusedSocket);
    req.destroy();
    agent.destroy();
    for (const s of serverSockets) s.destroy();
    server.close();
  });
  req.on('error', (e) => log('third request error', e.code));
}
