// catalogue 21 - test-http-createConnection.js: the createConnection request option means no agent and Connection: close; return, callback, or both, sync or async (probe p09)
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  log('server got Connection:', req.headers.connection);
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const forms = [
    ['return', function createConnection() {
      return net.createConnection(port, '127.0.0.1');
    }],
    ['callback async', function createConnectionAsync(options, cb) {
      setImmediate(() => cb(null, net.createConnection(port, '127.0.0.1')));
    }],
    ['both, callback async', function createConnectionBoth1(options, cb) {
      const socket = net.createConnection(port, '127.0.0.1');
      setImmediate(() => cb(null, socket));
      return socket;
    }],
    ['both, callback sync', function createConnectionBoth2(options, cb) {
      const socket = net.createConnection(port, '127.0.0.1');
      cb(null, socket);
      return socket;
    }],
  ];
  const next = (i) => {
    if (i === forms.length) {
      failing();
      return;
    }
    const [label, fn] = forms[i];
    const req = http.get({ host: '127.0.0.1', port, createConnection: fn }, (res) => {
      log(label, 'response', res.statusCode, 'shouldKeepAlive', req.shouldKeepAlive);
      res.resume();
      res.on('end', () => setImmediate(next, i + 1));
    });
    log(label, 'req.agent', req.agent, 'globalAgent sockets', Object.keys(http.globalAgent.sockets).length);
  };
  function failing() {
    const req = http.get({ host: '127.0.0.1', port, createConnection: (options, cb) => {
      process.nextTick(cb, new Error('Could not create socket'));
    } }, () => log('unexpected response'));
    req.on('error', (e) => {
      log("error form: 'error'", e.message);
      server.close();
    });
  }
  next(0);
});
