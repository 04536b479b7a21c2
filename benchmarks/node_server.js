'use strict';
// The reference server for bench_http.py: Node's own http.createServer, keep-alive.
//
//   node benchmarks/node_server.js [PORT] [BIG_BYTES]
//
// GET /        -> 200, "hello world" (11 bytes)
// GET /big     -> 200, BIG_BYTES (default 16384) bytes of 'x'
// GET /__conns -> how many TCP connections the server has accepted so far
// Prints "listening PORT" once bound (PORT 0 picks a free port). Honours
// "Connection: close" from the client (Node's default). Exits on SIGTERM, on
// stdin closing, or after SERVER_MAX_S seconds (default 1800), whichever first.
const http = require('http');

const port = parseInt(process.argv[2] || '0', 10);
const bigBytes = parseInt(process.argv[3] || '16384', 10);
const small = Buffer.from('hello world');
const big = Buffer.alloc(bigBytes, 'x');
const smallHeaders = { 'Content-Type': 'text/plain', 'Content-Length': String(small.length) };
const bigHeaders = { 'Content-Type': 'text/plain', 'Content-Length': String(big.length) };

let connections = 0;
const server = http.createServer((req, res) => {
  req.resume();
  if (req.url === '/big') {
    res.writeHead(200, bigHeaders);
    res.end(big);
  } else if (req.url === '/__conns') {
    res.end(String(connections));
  } else {
    res.writeHead(200, smallHeaders);
    res.end(small);
  }
});
server.on('connection', () => { connections++; });
server.keepAliveTimeout = 600000; // idle sockets never time out during a run
server.headersTimeout = 601000;
server.requestTimeout = 0;
server.maxRequestsPerSocket = 0;
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});

const maxS = parseInt(process.env.SERVER_MAX_S || '1800', 10);
setTimeout(() => process.exit(0), maxS * 1000).unref();
process.on('SIGTERM', () => process.exit(0));
// The parent holds our stdin: when it goes away, so do we.
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
