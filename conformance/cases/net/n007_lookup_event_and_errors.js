// The socket's 'lookup' event and lookup failures: a resolver error, the system resolver's ENOTFOUND, an IP host (lookup not called), family 6 passed to the lookup, bad answers
'use strict';
const net = require('net');
const { log } = require('../../trace');

function run(name, options) {
  return new Promise((resolve) => {
    const s = net.connect(options);
    s.on('lookup', (err, address, family, host) =>
      log(name, 'lookup', err && err.code, address, family, host));
    s.on('connectionAttempt', (ip, port, family) => log(name, 'attempt', ip, family));
    s.on('connect', () => { log(name, 'connect', s.remoteFamily); s.destroy(); });
    s.on('error', (e) => log(name, 'error', e.name, e.code, e.message.replace(/:\d+$/, ':PORT'), e.syscall,
                            e.hostname));
    s.on('close', () => resolve());
  });
}

async function main() {
  const server = net.createServer((c) => c.destroy());
  await new Promise((resolve) => server.listen(0, '::1', resolve));
  const port = server.address().port;
  const failing = (hostname, options, cb) => {
    const err = new Error(`getaddrinfo EAI_AGAIN ${hostname}`);
    err.code = 'EAI_AGAIN';
    process.nextTick(cb, err);
  };
  await run('resolver error', { port, host: 'svc.test', lookup: failing });
  await run('resolver error (no autoSelectFamily)',
            { port, host: 'svc.test', lookup: failing, autoSelectFamily: false });
  await run('system ENOTFOUND', { port, host: 'no-such-host.invalid' });
  await run('ip host', { port, host: '::1', lookup: () => log('lookup must not be called') });
  await run('family 6', {
    port, host: 'svc.test', family: 6,
    lookup: (hostname, options, cb) => {
      log('lookup options', options);
      cb(null, '::1', 6);
    },
  });
  await run('bad address', { port, host: 'svc.test', family: 4,
                             lookup: (h, o, cb) => cb(null, 'not-an-ip', 4) });
  await run('bad family', { port, host: 'svc.test', family: 4,
                            lookup: (h, o, cb) => cb(null, '::1', 7) });
  await run('all bad', { port, host: 'svc.test',
                         lookup: (h, o, cb) => cb(null, [{ address: 'x', family: 4 }]) });
  server.close();
}
main();
