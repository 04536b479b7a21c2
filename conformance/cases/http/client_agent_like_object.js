// audit: _http_client.js L166 (any object with addRequest is an agent), L276 (!keepAlive && !NumberIsFinite(maxSockets) -> Connection: close), L839 (req.agent.options may be missing)
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

class TinyAgent {
  addRequest(req, options) {
    log('addRequest', options.host, options.port === port);
    req.onSocket(net.createConnection({ host: options.host, port: options.port }));
  }
}

let port;
const server = net.createServer((sock) => {
  sock.on('data', (d) => {
    log('request head', d.toString('latin1').replace(/:\d+\r\n/, ':PORT\r\n').split('\r\n'));
    sock.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
  });
});

server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  const req = http.get({ host: '127.0.0.1', port, agent: new TinyAgent() });
  log('shouldKeepAlive', req.shouldKeepAlive);
  req.on('response', (res) => {
    log('response', res.statusCode);
    res.setEncoding('latin1');
    res.on('data', (d) => log('data', d));
    res.on('end', () => log('end'));
  });
  req.on('close', () => {
    log('close');
    server.close();
  });
});
