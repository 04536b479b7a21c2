// Two requests through one keep-alive agent; the server follows its first response
// on each connection with EXTRA in the same write. Prints what each request saw.
// Usage: node node_keepalive_extra.js <base64 EXTRA>
'use strict';
const http = require('http');
const net = require('net');

const extra = Buffer.from(process.argv[2] || '', 'base64');
let conns = 0;
const server = net.createServer((s) => {
  conns++;
  let buf = Buffer.alloc(0);
  let n = 0;
  s.on('error', () => {});
  s.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    let at;
    while ((at = buf.indexOf('\r\n\r\n')) >= 0) {
      buf = buf.subarray(at + 4);
      n++;
      const res = Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi');
      s.write(n === 1 ? Buffer.concat([res, extra]) : res);
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const lines = [];
  const one = (n, next) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', agent }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (d) => { body += d; });
      res.on('end', () => lines.push(`${n} end ${JSON.stringify(body)} ` +
                                      `injected=${res.headers['x-injected'] || '-'} reused=${req.reusedSocket}`));
    });
    req.on('error', (e) => lines.push(`${n} error ${e.code}`));
    req.on('close', () => setTimeout(next, 50));
  };
  one(1, () => one(2, () => {
    lines.push(`connections ${conns}`);
    agent.destroy();
    server.close();
    console.log(JSON.stringify(lines));
  }));
});
