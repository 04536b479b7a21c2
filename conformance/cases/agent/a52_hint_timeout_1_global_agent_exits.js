// catalogue 52 - test-http-client-keep-alive-hint.js: on the global agent a 'Keep-Alive: timeout=1' hint closes the socket, so the process exits before the server's 60 s keep-alive
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer({ keepAliveTimeout: 60000 }, (req, res) => {
  req.resume();
  res.writeHead(200, { 'Connection': 'keep-alive', 'Keep-Alive': 'timeout=1' });
  res.end('FOO');
});

server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    log('response', res.statusCode, res.headers['keep-alive']);
    res.resume();
    server.close();
  });
});

// This timer should never go off as the agent will parse the hint and terminate earlier.
setTimeout(() => log('timer fired: still alive after 3 s'), 3000).unref();
process.on('exit', () => log('exit'));
