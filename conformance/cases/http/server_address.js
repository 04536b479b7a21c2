// net.js Server.prototype.address: after listen(0, '127.0.0.1') a dict with address, family, port; null once closed
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer(() => {});
log('listening before', server.listening, 'address', server.address());
server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  log('keys', Object.keys(addr));
  log('address', addr.address, 'family', addr.family, 'port is a number', typeof addr.port === 'number', addr.port > 0);
  log('listening', server.listening);
  server.close(() => {
    log('closed', 'listening', server.listening, 'address', server.address());
  });
});
