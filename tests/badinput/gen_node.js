'use strict';
// Records Node's outcome for every (function, option, value) cell of the bad-input table.
// Run: node tests/badinput/gen_node.js > tests/badinput/expected.json   (cwd: any; it chdirs
// into a temporary directory so that pipe paths like 'abc' land there).
// The cell list itself is built here and written into the JSON; test_bad_input.py replays it.
const http = require('http');
const net = require('net');
const os = require('os');
const fs = require('fs');
const path = require('path');

const WINDOW = Number(process.env.BADINPUT_WINDOW || 600);  // ms to wait for an outcome

function f() {}
const VALUES = {
  'NaN': () => NaN, 'Infinity': () => Infinity, '-Infinity': () => -Infinity,
  '1.5': () => 1.5, '-1': () => -1, '0': () => 0, '2**53': () => 2 ** 53, '1e300': () => 1e300,
  "''": () => '', "' '": () => ' ', "'ünï☃'": () => 'ünï☃', "'abc'": () => 'abc',
  "'0x10'": () => '0x10', 'true': () => true, 'false': () => false, '[]': () => [],
  '[1]': () => [1], '{}': () => ({}), "{'a':1}": () => ({ a: 1 }),
  'Buffer': () => Buffer.from('abc'), 'function': () => f,
  'null': () => null, 'undefined': () => undefined,
};

function kindOf(err) {
  if (err instanceof RangeError) return 'RangeError';
  if (err instanceof TypeError) return 'TypeError';
  if (err && (err.syscall !== undefined || typeof err.errno === 'number')) return 'system';
  return 'Error';
}

const PORTS = [];
function norm(msg) {
  let m = String(msg);
  for (const p of PORTS) m = m.split(`:${p}`).join(':<PORT>');
  return m;
}
function failure(mode, err) {
  if (!(err instanceof Error)) return { mode, code: null, kind: 'non-error', message: String(err) };
  return { mode, code: err.code === undefined ? null : err.code, kind: kindOf(err),
           message: norm(err.message) };
}

let current = null;  // the running cell's settle function (for uncaught exceptions)
process.on('uncaughtException', (err) => {
  if (current) current(failure('uncaught', err));
});

// Runs fn(settle); a synchronous throw is mode 'throw'; settle(outcome) ends the cell;
// nothing within WINDOW ms is mode 'pending'. cleanup() runs after.
function cell(fn) {
  return new Promise((resolve) => {
    let done = false;
    let cleanup = () => {};
    const settle = (outcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      current = null;
      try { cleanup(); } catch {}
      setImmediate(() => resolve(outcome));
    };
    const timer = setTimeout(() => settle({ mode: 'pending' }), WINDOW);
    current = settle;
    try {
      cleanup = fn(settle) || cleanup;
    } catch (err) {
      settle(failure('throw', err));
    }
  });
}

const fixedLookup = (host, opts, cb) => {
  if (typeof opts === 'function') cb = opts;
  if (opts && opts.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
  else cb(null, '127.0.0.1', 4);
};

// ---- runners: (opt, value, ctx) => fn(settle) ----

function requestCell(mod, base) {
  return (settle, req) => {
    req.on('error', (err) => settle(failure('emit', err)));
    req.on('response', (res) => { res.resume(); settle({ mode: 'ok' }); });
    return () => req.destroy();
  };
}

const GROUPS = [];

GROUPS.push({
  fn: 'Agent', positional: false,
  options: ['keepAlive', 'keepAliveMsecs', 'maxSockets', 'maxFreeSockets', 'maxTotalSockets',
            'scheduling', 'timeout'],
  run: (opt, v, ctx) => (settle) => {
    const agent = new http.Agent({ [opt]: v });
    const req = http.get({ host: '127.0.0.1', port: ctx.port, agent });
    req.on('error', (err) => settle(failure('emit', err)));
    req.on('response', (res) => { res.resume(); settle({ mode: 'ok' }); });
    return () => { req.destroy(); agent.destroy(); };
  },
});

GROUPS.push({
  fn: 'http.request', positional: false,
  options: ['protocol', 'host', 'hostname', 'family', 'port', 'localAddress', 'localPort',
            'socketPath', 'method', 'path', 'headers', 'auth', 'agent', 'timeout', 'setHost',
            'createConnection', 'lookup', 'maxHeaderSize', 'insecureHTTPParser',
            'joinDuplicateHeaders', 'signal', 'defaultPort', 'uniqueHeaders', 'hints',
            'servername'],
  run: (opt, v, ctx) => (settle) => {
    const options = { host: '127.0.0.1', port: ctx.port, agent: false };
    if (opt === 'host' || opt === 'hostname' || opt === 'family' || opt === 'hints') {
      options.lookup = fixedLookup;
    }
    if (opt === 'host') delete options.host;
    options[opt] = v;
    const req = http.request(options);
    req.on('error', (err) => settle(failure('emit', err)));
    req.on('response', (res) => { res.resume(); settle({ mode: 'ok' }); });
    req.end();
    return () => req.destroy();
  },
});

GROUPS.push({
  fn: 'OutgoingMessage.setHeader', positional: true, options: ['name', 'value'],
  run: (opt, v) => (settle) => {
    const msg = new http.OutgoingMessage();
    if (opt === 'name') msg.setHeader(v, 'v');
    else msg.setHeader('x-test', v);
    settle({ mode: 'ok' });
  },
});

for (const method of ['write', 'end']) {
  GROUPS.push({
    fn: `ClientRequest.${method}`, positional: true, options: ['chunk', 'encoding', 'callback'],
    run: (opt, v, ctx) => (settle) => {
      const req = http.request({ host: '127.0.0.1', port: ctx.port, agent: false,
                                 method: 'POST' });
      req.on('error', (err) => settle(failure('emit', err)));
      req.on('response', (res) => { res.resume(); settle({ mode: 'ok' }); });
      const cleanup = () => req.destroy();
      if (opt === 'chunk') req[method](v);
      else if (opt === 'encoding') req[method]('abc', v);
      else req[method]('abc', 'utf8', v);
      if (method === 'write') req.end();
      return cleanup;
    },
  });
}

GROUPS.push({
  fn: 'net.connect', positional: false,
  options: ['port', 'host', 'localAddress', 'localPort', 'family', 'hints', 'lookup', 'timeout',
            'noDelay', 'keepAlive', 'keepAliveInitialDelay', 'allowHalfOpen', 'path',
            'autoSelectFamily', 'autoSelectFamilyAttemptTimeout'],
  run: (opt, v, ctx) => (settle) => {
    const options = { host: '127.0.0.1', port: ctx.port };
    if (opt === 'host' || opt === 'family' || opt === 'hints') options.lookup = fixedLookup;
    if (opt === 'path') delete options.port;
    options[opt] = v;
    const sock = net.connect(options);
    sock.on('error', (err) => settle(failure('emit', err)));
    sock.on('connect', () => settle({ mode: 'ok' }));
    return () => sock.destroy();
  },
});

function serverCell(make) {
  return (opt, v) => (settle) => {
    const server = make(opt, v);
    server.on('error', (err) => settle(failure('emit', err)));
    server.listen(0, '127.0.0.1', () => settle({ mode: 'ok' }));
    return () => server.close();
  };
}

GROUPS.push({
  fn: 'net.createServer', positional: false,
  options: ['allowHalfOpen', 'pauseOnConnect', 'noDelay', 'keepAlive', 'keepAliveInitialDelay',
            'highWaterMark'],
  run: serverCell((opt, v) => net.createServer({ [opt]: v })),
});

GROUPS.push({
  fn: 'http.createServer', positional: false,
  options: ['maxHeaderSize', 'insecureHTTPParser', 'requestTimeout', 'headersTimeout',
            'keepAliveTimeout', 'connectionsCheckingInterval', 'joinDuplicateHeaders',
            'requireHostHeader', 'noDelay', 'keepAlive', 'keepAliveInitialDelay',
            'highWaterMark', 'uniqueHeaders'],
  run: serverCell((opt, v) => http.createServer({ [opt]: v })),
});

GROUPS.push({
  fn: 'Server.listen', positional: false,
  options: ['port', 'host', 'backlog', 'path', 'exclusive', 'ipv6Only', 'readableAll',
            'writableAll', 'signal'],
  run: (opt, v) => (settle) => {
    const server = net.createServer();
    server.on('error', (err) => settle(failure('emit', err)));
    const options = { port: 0, host: '127.0.0.1' };
    if (opt === 'path') { delete options.port; delete options.host; }
    options[opt] = v;
    server.listen(options, () => settle({ mode: 'ok' }));
    return () => server.close();
  },
});

GROUPS.push({
  fn: 'Server.listen(args)', positional: true, options: ['port', 'host', 'backlog'],
  run: (opt, v) => (settle) => {
    const server = net.createServer();
    server.on('error', (err) => settle(failure('emit', err)));
    const ok = () => settle({ mode: 'ok' });
    if (opt === 'port') server.listen(v, ok);
    else if (opt === 'host') server.listen(0, v, ok);
    else server.listen(0, '127.0.0.1', v, ok);
    return () => server.close();
  },
});

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'badinput-'));
  process.chdir(dir);
  const server = http.createServer((req, res) => { req.resume(); res.end('ok'); });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  PORTS.push(port);
  const ctx = { port };
  const only = process.argv[2];
  const cells = [];
  for (const g of GROUPS) {
    if (only && !g.fn.includes(only)) continue;
    for (const opt of g.options) {
      for (const name of Object.keys(VALUES)) {
        const outcome = await cell(g.run(opt, VALUES[name](), ctx));
        cells.push({ fn: g.fn, option: opt, value: name, positional: g.positional, outcome });
      }
    }
  }
  server.close();
  server.closeAllConnections();
  process.chdir(os.tmpdir());
  fs.rmSync(dir, { recursive: true, force: true });
  const out = { node: process.version, window_ms: WINDOW, values: Object.keys(VALUES), cells };
  process.stdout.write(JSON.stringify(out, null, 0).replace(/\},\{"fn"/g, '},\n{"fn"') + '\n');
  process.exit(0);
}
main();
