// audit: _http_server.js L729 / L749-751: a server connection's socket.setEncoding is replaced by one that throws ERR_HTTP_SOCKET_ENCODING
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  try {
    req.socket.setEncoding('utf8');
    log('accepted');
  } catch (e) {
    log(e.code, e.message);
  }
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => log('client data', d));
    res.on('end', () => server.close());
  });
});
