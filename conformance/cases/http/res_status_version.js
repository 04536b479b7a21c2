// _http_client.js parserOnIncomingClient: statusCode, statusMessage and httpVersion of HTTP/1.1 and HTTP/1.0 responses
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// A raw server: the path chooses the status line.
const server = net.createServer((sock) => {
  sock.once('data', (d) => {
    if (d.toString().startsWith('GET /10 ')) {
      sock.end('HTTP/1.0 201 Made It\r\nContent-Length: 0\r\n\r\n');
    } else {
      sock.end('HTTP/1.1 418 I Am A Teapot\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    }
  });
});

function get(path, next) {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', path, agent: false }, (res) => {
    log(path, res.statusCode, res.statusMessage, res.httpVersion, res.httpVersionMajor, res.httpVersionMinor);
    res.resume();
    res.on('end', next);
  });
}

server.listen(0, '127.0.0.1', () => {
  get('/11', () => {
    get('/10', () => {
      server.close();
    });
  });
});
