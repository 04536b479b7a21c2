// test-http-client-parse-error.js: a bad header line in a response gives HPE_INVALID_HEADER_TOKEN with bytesParsed at the error
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((sock) => {
  sock.once('data', () => sock.end('HTTP/1.1 200 OK\r\nBad Header: 1\r\n\r\n'));
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent: false });
  req.on('response', () => log('response (not expected)'));
  req.on('error', (err) => {
    log('error', err.code, err.message, err instanceof TypeError);
    log('bytesParsed', err.bytesParsed, 'rawPacket', JSON.stringify(err.rawPacket.toString()));
  });
  req.on('close', () => {
    log('close');
    server.close();
  });
});
