// audit: _http_incoming.js L229-237 _destroy waits with finished(socket) (eos sees a destroyed net.Socket as closed on the next tick), not for the socket's 'close': res 'close' precedes req 'close'
'use strict';
const http = require('http');
const { log } = require('../../trace');

const agent = new http.Agent({ keepAlive: true });
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Length': 10 });
  res.write('abc');
});

server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent }, (res) => {
    res.on('data', (d) => {
      log('data', d.toString());
      res.destroy();
      log('destroyed', res.destroyed, req.destroyed, res.socket.destroyed);
    });
    res.on('aborted', () => log('res aborted'));
    res.on('error', (e) => log('res error', e.code, e.message));
    res.on('end', () => log('res end'));
    res.on('close', () => log('res close', Object.keys(agent.sockets).length));
  });
  req.on('error', (e) => log('req error', e.code));
  req.on('close', () => {
    log('req close', Object.keys(agent.sockets).length);
    agent.destroy();
    server.close();
  });
});
