// catalogue 73 - test-http-abort-queued.js (probe p14 A): an aborted queued request stays in agent.requests until its turn, is skipped then, and never reaches the server
'use strict';
const http = require('http');
const { log } = require('../../trace');

let complete;
const urls = [];

const server = http.createServer((req, res) => {
  // The queued /thatotherone request should never reach the server: it is aborted before it is sent.
  urls.push(req.url);

  res.writeHead(200);
  res.write('foo');

  complete = complete || function() {
    res.end();
  };
});

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ maxSockets: 1 });
  log('sockets keys', Object.keys(agent.sockets).length);

  const options = {
    hostname: '127.0.0.1',
    port: server.address().port,
    method: 'GET',
    path: '/',
    agent: agent,
  };

  const req1 = http.request(options);
  req1.on('response', (res1) => {
    log('response1: sockets keys', Object.keys(agent.sockets).length, 'requests keys', Object.keys(agent.requests).length);

    const req2 = http.request({
      method: 'GET',
      host: '127.0.0.1',
      port: server.address().port,
      path: '/thatotherone',
      agent: agent,
    });
    log('req2 queued: sockets keys', Object.keys(agent.sockets).length, 'requests keys', Object.keys(agent.requests).length);

    req2.on('error', (err) => log('req2 error', err.code));
    req2.on('abort', () => log('req2 abort'));
    req2.on('close', () => log('req2 close'));
    req2.on('socket', () => log('req2 socket?!'));

    req2.end();
    req2.abort();

    log('after req2.abort(): sockets keys', Object.keys(agent.sockets).length, 'requests keys', Object.keys(agent.requests).length, 'destroyed', req2.destroyed);

    res1.on('data', (chunk) => complete());

    res1.on('end', () => {
      log('response1 end');
      setTimeout(() => {
        log('100 ms later: sockets keys', Object.keys(agent.sockets).length, 'requests keys', Object.keys(agent.requests).length, 'server saw', urls);
        server.close();
      }, 100);
    });
  });

  req1.end();
});
