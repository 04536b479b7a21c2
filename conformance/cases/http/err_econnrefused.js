// net.js afterConnect (exceptionWithHostPort): a refused connection emits 'error' ECONNREFUSED (code, syscall, errno, address, port) then 'close'
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// Find a port nobody listens on: listen, note the port, close.
const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => {
    const req = http.get({ port, host: '127.0.0.1', path: '/' });
    req.on('socket', () => log('socket'));
    req.on('error', (err) => {
      log('error', err.code, err.syscall, err.errno, err.address, err.port === port);
      log('message', err.message.split(String(port)).join('PORT'));
      log('instanceof Error', err instanceof Error, 'TypeError', err instanceof TypeError);
    });
    req.on('close', () => log('close'));
  });
});
