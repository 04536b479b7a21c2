'use strict';
// The Node side of tests/faults/differential.py: a seeded schedule of sequential
// requests through a keep-alive agent against the misbehaving server, whose action for
// the k-th request it reads is the k-th draw of the same seeded generator.
// Usage: node differential.js <seed> <count>; prints one JSON list of traces.
const http = require('http');
const { createServer } = require('./misbehaving_server');

const ACTIONS = ['ok', 'ok', 'ok', 'fin_after', 'close_after', 'rst_after', 'fin_on_request',
  'rst_on_request', 'rst_mid_body', 'truncated', 'trickle', 'conn_close', 'http10',
  'eof_body', 'garbage_status', 'long_headers', 'cl_te', 'dup_cl', 'unsolicited',
  'double_response', 'trailing_garbage', 'never'];

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % ACTIONS.length;
  };
}

const seed = Number(process.argv[2]);
const count = Number(process.argv[3]);
const draw = mulberry32(seed);
const server = createServer(() => ACTIONS[draw()]);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const traces = [];

function one(i) {
  if (i === count) {
    agent.destroy();
    server.closeAll();
    process.stdout.write(JSON.stringify({ actions: server.state.requests.map((r) => r[2]), traces }));
    return;
  }
  const trace = [];
  traces.push(trace);
  let bytes = 0;
  const req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/r' + i, agent },
    (res) => {
      trace.push('response ' + res.statusCode);
      res.on('data', (d) => { bytes += d.length; });
      res.on('end', () => trace.push('end ' + res.complete + ' ' + bytes));
      res.on('aborted', () => trace.push('aborted'));
      res.on('error', (e) => trace.push('res error ' + e.code));
      res.on('close', () => trace.push('res close'));
    });
  req.setTimeout(1000, () => { trace.push('timeout'); req.destroy(); });
  req.on('socket', (s) => trace.push('socket ' + (s.connecting ? 'new' : 'reused')));
  req.on('error', (e) => trace.push('req error ' + e.code));
  // The next request waits for one more poll phase after its 40 ms (setImmediate): a stall
  // that made the server's 'unsolicited' timer and this one due in the same timers phase
  // would otherwise hand the unsolicited response to it (agent/a103), in Node and the port.
  req.on('close', () => { trace.push('close'); setTimeout(() => setImmediate(one, i + 1), 40); });
}

server.listen(0, '127.0.0.1', () => one(0));
