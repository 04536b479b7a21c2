// _http_server.js: server-side event order: 'connection', 'request', res 'finish', res 'close', server 'close'
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer();
server.on('connection', (socket) => log('connection', typeof socket.write === 'function'));
server.on('request', (req, res) => {
  log('request', req.method, req.url);
  res.on('finish', () => log('res finish'));
  res.on('close', () => log('res close'));
  res.end('ok');
});
server.on('close', () => log('server close'));

server.listen(0, '127.0.0.1', () => {
  log('listening');
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', path: '/x', agent: false }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
