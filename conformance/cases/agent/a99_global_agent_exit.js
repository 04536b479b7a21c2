// catalogue 99 - test-http-client-close-with-default-agent.js: with the default global agent the process exits promptly once the server closes
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer(function(req, res) {
  res.writeHead(200);
  res.end();
});

server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    log('response', res.statusCode, 'agent is the global agent', req.agent === http.globalAgent);
    res.resume();
    server.close();
  });

  req.end();
});

// This timer should never go off as the server will close the socket.
setTimeout(() => log('timer fired: still alive after 1 s'), 1000).unref();
process.on('exit', () => log('exit'));
