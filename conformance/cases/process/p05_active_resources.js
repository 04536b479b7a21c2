// process.getActiveResourcesInfo(): ref'd timers ('Timeout'), immediates, servers ('TCPServerWrap') and sockets ('TCPSocketWrap'); unref'd ones left out (stdio pipes and pending requests filtered: they differ by how the case is run)
'use strict';
const net = require('net');
const { log } = require('../../trace');

const show = (what) => log(what, process.getActiveResourcesInfo().filter(
  (r) => ['Timeout', 'Immediate', 'TCPServerWrap', 'TCPSocketWrap'].includes(r)));
show('start');
const t = setTimeout(() => {}, 1000);
setTimeout(() => {}, 1000).unref();
show('timers');
const server = net.createServer((conn) => conn.end());
server.listen(0, '127.0.0.1', () => {
  show('listening');
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    setTimeout(() => {
      show('connected');
      client.unref();
      show('client unref');
      server.unref();
      show('server unref');
      clearTimeout(t);
      show('timer cleared');
      client.destroy();
      server.close();
    }, 20);
  });
});
process.on('exit', () => show('exit'));
