// stream Readable[Symbol.asyncIterator] on IncomingMessage: for await (const chunk of res) reads the whole body
'use strict';
const http = require('http');
const net = require('net');
const { once } = require('events');
const { log } = require('../../trace');

const server = net.createServer((sock) => {
  sock.once('data', () => {
    sock.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
             '3\r\nabc\r\n3\r\ndef\r\n0\r\n\r\n');
  });
});

async function main() {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent: false });
  const [res] = await once(req, 'response');
  log('status', res.statusCode);
  let body = '';
  for await (const chunk of res) {
    body += chunk.toString();
  }
  log('body', body, 'complete', res.complete, 'readableEnded', res.readableEnded);
  server.close();
}

main();
