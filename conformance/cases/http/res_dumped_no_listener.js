// catalogue 80 - _http_client.js parserOnIncomingClient: a response with no 'response' listener is dumped and its socket goes back to the agent
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((sock) => {
  sock.once('data', () => {
    sock.write('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello');
  });
});

const agent = new http.Agent({ keepAlive: true });

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent });
  req.on('close', () => log('req close'));
  agent.on('free', () => {
    log('free: freeSockets', Object.values(agent.freeSockets).map((list) => list.length),
        'sockets', Object.keys(agent.sockets).length, 'total', agent.totalSocketCount);
    log('req.res dumped', req.res._dumped, 'complete', req.res.complete);
    setImmediate(() => {
      agent.destroy();
      server.close();
    });
  });
});
