// diagnostics_channel: http.client.request.error for ECONNREFUSED and socket hang up (once per request), net.server.listen tracing incl. EADDRINUSE
'use strict';
const dc = require('diagnostics_channel');
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

let current;
dc.subscribe('http.client.request.error', (msg, name) => {
  log('dc', name, Object.keys(msg), msg.request === current, msg.error.code, msg.error.message.split(' ')[0]);
});
const listen = dc.tracingChannel('net.server.listen');
listen.subscribe({
  asyncStart: (m) => log('listen asyncStart', Object.keys(m), Object.keys(m.options)),
  asyncEnd: (m) => log('listen asyncEnd', Object.keys(m)),
  error: (m) => log('listen error', Object.keys(m), m.error.code),
});
const hangup = net.createServer((s) => s.once('data', () => s.end()));
hangup.listen(0, '127.0.0.1', () => {
  const port = hangup.address().port;
  current = http.get({ port, host: '127.0.0.1', agent: false });
  current.on('error', (e) => {
    log('error event', e.code, e.message);
    const clash = net.createServer();
    clash.on('error', (e2) => {
      log('clash error', e2.code);
      hangup.close();
      const probe = net.createServer();
      probe.listen(0, '127.0.0.1', () => {
        const free = probe.address().port;
        probe.close(() => {
          current = http.get({ port: free, host: '127.0.0.1', agent: false });
          current.on('error', (e3) => log('error event', e3.code));
        });
      });
    });
    clash.listen(port, '127.0.0.1');
  });
});
