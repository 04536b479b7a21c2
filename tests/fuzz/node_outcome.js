// Node's side of _client.py: run responses through http.get and print what happened.
// stdin: JSON {cases: [{response: <base64>, options: {...}}]}
// stdout: JSON list of traces, one per case (see _client.py for the format).
'use strict';
const http = require('http');
const net = require('net');

const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = [];
let pending = null;

// A raw server: once a request head is in, write the response and end (FIN).
const server = net.createServer((sock) => {
  let buf = Buffer.alloc(0);
  sock.on('error', () => {});
  sock.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    if (pending && buf.includes('\r\n\r\n')) {
      const response = pending;
      pending = null;
      sock.end(response);
    }
  });
});

function runCase(i) {
  if (i >= input.cases.length) {
    server.close();
    process.stdout.write(JSON.stringify(out));
    return;
  }
  const c = input.cases[i];
  pending = Buffer.from(c.response, 'base64');
  const trace = [];
  let body = 0;
  let done = false;
  let reqClosed = false;
  let res = null;
  let resClosed = false;
  const maybeFinish = () => {
    if (done || !reqClosed || (res && !resClosed)) return;
    done = true;
    setTimeout(() => {
      trace.push('body ' + body);
      out.push(trace);
      setImmediate(runCase, i + 1);
    }, 5);
  };
  const options = Object.assign({ host: '127.0.0.1', port: server.address().port, agent: false },
                                c.options || {});
  const req = http.get(options, (r) => {
    res = r;
    trace.push('response ' + res.statusCode);
    res.on('data', (d) => { body += d.length; });
    res.on('end', () => trace.push('end complete=' + res.complete));
    res.on('aborted', () => trace.push('aborted'));
    res.on('error', (e) => trace.push('res error ' + e.code + ' ' + e.message));
    res.on('close', () => { resClosed = true; maybeFinish(); });
  });
  req.on('error', (e) => trace.push('req error ' + e.code + ' ' + e.message));
  req.on('close', () => { reqClosed = true; maybeFinish(); });
}

server.listen(0, '127.0.0.1', () => runCase(0));
