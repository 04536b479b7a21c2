// audit: net.js L860-870 _getpeername caches only what was read while connected; L898-907 _getsockname has no cache once _destroy (L826-831) dropped the handle: after 'close' address() is {} and local* undefined
'use strict';
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => {
  s.on('data', () => {});
  s.end();
});

function show(name, s) {
  log(name, 'remoteAddress', s.remoteAddress !== undefined, 'remotePort', s.remotePort !== undefined,
      'localAddress', s.localAddress !== undefined, 'localPort', s.localPort !== undefined,
      'address()', Object.keys(s.address()));
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = net.createConnection({ port, host: '127.0.0.1' }, () => {
    show('a connected', a);
  });
  a.on('data', () => {});
  a.on('close', () => {
    show('a closed', a);
    const b = net.createConnection({ port, host: '127.0.0.1' });
    b.on('data', () => {});
    b.on('close', () => {
      show('b closed (never read)', b);
      server.close();
    });
  });
});
