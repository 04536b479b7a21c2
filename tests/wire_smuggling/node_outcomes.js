'use strict';
// What Node 20 does with each vector of vectors.js; writes node_outcomes.json.
// Run: node tests/wire_smuggling/node_outcomes.js  (tests/test_wire_smuggling.py reads the JSON
// and drives the port through the same steps; keep the two in step).
const fs = require('fs');
const http = require('http');
const net = require('net');
const path = require('path');
const vectors = require('./vectors');

// response side: a raw server answers the first request head with the vector's bytes, then FIN.
function responseCase(bytes, method) {
  return new Promise((resolve) => {
    const trace = [];
    const server = net.createServer((sock) => {
      let buf = Buffer.alloc(0);
      sock.on('error', () => {});
      sock.on('data', (d) => {
        if (buf === null) return;
        buf = Buffer.concat([buf, d]);
        if (buf.includes('\r\n\r\n')) {
          buf = null;
          sock.end(bytes);
        }
      });
    });
    server.listen(0, '127.0.0.1', () => {
      let body = '';
      const done = () => setTimeout(() => { server.close(); trace.push('body ' + JSON.stringify(body)); resolve(trace); }, 20);
      const req = http.request({ host: '127.0.0.1', port: server.address().port, agent: false, method },
        (res) => {
          trace.push('response ' + res.statusCode + ' ' + JSON.stringify(res.rawHeaders));
          res.on('data', (d) => { body += d.toString('latin1'); });
          res.on('end', () => trace.push('end complete=' + res.complete + ' trailers=' + JSON.stringify(res.rawTrailers)));
          res.on('aborted', () => trace.push('aborted'));
          res.on('error', (e) => trace.push('res error ' + e.code + ' ' + e.message));
          res.on('close', () => trace.push('res close'));
        });
      req.on('error', (e) => trace.push('req error ' + e.code + ' ' + e.message));
      req.on('close', () => { trace.push('req close'); done(); });
      req.end();
    });
  });
}

// request side: a raw client sends the vector's bytes, then FIN; the server answers each request.
function requestCase(bytes) {
  return new Promise((resolve) => {
    const trace = [];
    const server = http.createServer((req, res) => {
      let body = '';
      trace.push('request ' + req.method + ' ' + req.url + ' ' + req.httpVersion + ' ' + JSON.stringify(req.rawHeaders));
      req.on('data', (d) => { body += d.toString('latin1'); });
      req.on('end', () => {
        trace.push('end ' + JSON.stringify(body) + ' trailers=' + JSON.stringify(req.rawTrailers));
        res.end('ok');
      });
      req.on('error', (e) => trace.push('req error ' + e.code + ' ' + e.message));
    });
    server.on('clientError', (e, sock) => {
      trace.push('clientError ' + e.code + ' ' + e.message);
      sock.destroy();
    });
    server.listen(0, '127.0.0.1', () => {
      const sock = net.connect(server.address().port, '127.0.0.1');
      let got = 0;
      sock.on('data', (d) => { got += d.length; });
      sock.on('error', () => {});
      sock.on('close', () => setTimeout(() => {
        server.close();
        trace.push('answered ' + (got > 0));
        resolve(trace);
      }, 20));
      sock.end(Buffer.from(bytes, 'latin1'));
    });
  });
}

async function main() {
  const out = [];
  for (const [name, side, bytes, method] of vectors) {
    const trace = side === 'response'
      ? await responseCase(Buffer.from(bytes, 'latin1'), method)
      : await requestCase(bytes);
    out.push({ name, side, method: method || null, bytes: Buffer.from(bytes, 'latin1').toString('base64'), trace });
  }
  fs.writeFileSync(path.join(__dirname, 'node_outcomes.json'),
                   JSON.stringify({ node: process.version, vectors: out }, null, 1) + '\n');
}
main();
