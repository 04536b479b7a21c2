// catalogue 65, 72 - test-http-agent-destroyed-socket.js (updated to Node 20's order): a socket destroyed after its response but before 'free' is not handed to the queued request, which gets a new socket
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello World\n');
});

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ maxSockets: 1 });

  agent.on('free', (socket, options) => {
    log('freeing socket. destroyed?', socket.destroyed);
  });

  const requestOptions = {
    agent: agent,
    host: '127.0.0.1',
    port: server.address().port,
    path: '/',
  };

  const request1 = http.get(requestOptions, (response) => {
    // request2 is queued in the agent
    const key = agent.getName(requestOptions);
    log('got response1; queued', agent.requests[key].length);
    request1.socket.on('close', () => {
      log('request1 socket closed');
    });
    response.resume();
    response.on('end', () => {
      log('response1 done');
      // Destroy the socket after its response, before 'free' hands it on.
      request1.socket.destroy();

      response.once('close', () => {
        // Node 20: request2 waits for the destroyed socket's 'close' (removeSocket opens a new socket).
        log('response1 close: request2 still queued', (agent.requests[key] || []).length, 'request2.socket', request2.socket);
      });
    });
  });

  const request2 = http.get(requestOptions, (response) => {
    log('got response2: socket destroyed', request2.socket.destroyed, 'request1 socket destroyed', request1.socket.destroyed, 'same socket', request1.socket === request2.socket);
    let gotClose = false;
    let gotResponseEnd = false;
    request2.socket.on('close', () => {
      log('request2 socket closed');
      gotClose = true;
      done();
    });
    response.resume();
    response.on('end', () => {
      log('response2 done');
      gotResponseEnd = true;
      done();
    });

    function done() {
      if (gotResponseEnd && gotClose)
        server.close();
    }
  });
});
