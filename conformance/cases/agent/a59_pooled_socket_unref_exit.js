// catalogue 59 - probes p07, p15: the default keepSocketAlive unrefs the socket, so a process whose only handle is a pooled socket exits by itself
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

let agent;
let port;
const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));

// A raw server whose connections do not keep the process alive.
const server = net.createServer((sock) => {
  sock.unref();
  sock.on('data', () => sock.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'));
});

server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  agent = new http.Agent({ keepAlive: true });
  http.get({ host: '127.0.0.1', port, agent }, (res) => {
    res.resume();
    res.on('end', () => {
      server.close();
      setImmediate(() => log('pooled: free', sizes(agent.freeSockets), 'total', agent.totalSocketCount));
    });
  });
});

// This timer should never go off: nothing ref'd is left once the socket is pooled.
setTimeout(() => log('timer fired: still alive after 2 s'), 2000).unref();
process.on('exit', () => log('exit'));
