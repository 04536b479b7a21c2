// catalogue 59, 60 - probe p15: a pooled socket that is ref'd again keeps the process alive (an unref'd timer still gets to run)
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// A raw server whose connections do not keep the process alive.
const server = net.createServer((sock) => {
  sock.unref();
  sock.on('data', () => sock.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'));
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  http.get({ host: '127.0.0.1', port, agent }, (res) => {
    res.resume();
    res.on('end', () => {
      server.close();
      setImmediate(() => {
        const socket = Object.values(agent.freeSockets)[0][0];
        socket.ref();
        log('pooled socket ref\'d again');
        // Runs only if the ref'd socket keeps the process alive.
        setTimeout(() => {
          log('still alive 100 ms later; free sockets', Object.values(agent.freeSockets)[0].length);
          agent.destroy();
        }, 100).unref();
      });
    });
  });
});
process.on('exit', () => log('exit'));
