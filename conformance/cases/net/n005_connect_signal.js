// net.connect with a signal: validation, aborted before connect (IP and named host), during a custom lookup, while connecting, after 'connect' (AbortError with the reason as cause)
'use strict';
const net = require('net');
const { log } = require('../../trace');

function watch(name, s, resolve) {
  s.on('lookup', (err, address, family) => log(name, 'lookup', err, address, family));
  s.on('connectionAttempt', (ip, port, family) => log(name, 'attempt', ip, family));
  s.on('connect', () => log(name, 'connect'));
  s.on('error', (e) => log(name, 'error', e.name, e.code, e.message,
                           e.cause instanceof Error ? e.cause.name : e.cause));
  s.once('close', () => {
    log(name, 'close');
    s.removeAllListeners();
    s.on('error', () => {});
    s.destroy();
    setTimeout(resolve, 20);
  });
}

function slowLookup(hostname, options, callback) {
  log('lookup called', hostname);
  setTimeout(() => callback(null, [{ address: '127.0.0.1', family: 4 }]), 30);
}

async function main() {
  for (const signal of ['x', {}, 1]) {
    try {
      net.connect({ port: 80, host: '127.0.0.1', signal });
    } catch (e) {
      log('invalid', e.code, e.message);
    }
  }
  const server = net.createServer((c) => c.end());
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;

  await new Promise((resolve) => {
    const ac = new AbortController();
    ac.abort();
    watch('before ip', net.connect({ port, host: '127.0.0.1', signal: ac.signal }), resolve);
  });
  await new Promise((resolve) => {
    const ac = new AbortController();
    ac.abort('stop');
    watch('before lookup', net.connect({ port, host: 'svc', signal: ac.signal, lookup: slowLookup }),
          resolve);
  });
  await new Promise((resolve) => {
    const ac = new AbortController();
    watch('during lookup', net.connect({ port, host: 'svc', signal: ac.signal, lookup: slowLookup }),
          resolve);
    setTimeout(() => ac.abort(), 5);
  });
  await new Promise((resolve) => {
    const ac = new AbortController();
    watch('connecting', net.connect({ port, host: '127.0.0.1', signal: ac.signal }), resolve);
    process.nextTick(() => ac.abort());
  });
  await new Promise((resolve) => {
    const ac = new AbortController();
    const s = net.connect({ port, host: '127.0.0.1', signal: ac.signal });
    watch('connected', s, resolve);
    s.on('connect', () => ac.abort('why'));
  });
  server.close();
}
main();
