// Happy Eyeballs (autoSelectFamily, on by default): 'localhost' resolved by a caching lookup function to ::1 and 127.0.0.1, a server on only one family, then on none (AggregateError)
'use strict';
const net = require('net');
const dns = require('dns');
const { log } = require('../../trace');

// A caching resolver as a DNS-caching agent has it: fixed answers, dns.lookup otherwise.
const table = { localhost: [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }] };
let lookups = 0;
function cachingLookup(hostname, options, callback) {
  lookups++;
  log('lookup called', hostname, options);
  const cached = table[hostname];
  if (!cached) return dns.lookup(hostname, options, callback);
  const answers = cached.filter((a) => !options.family || a.family === options.family);
  process.nextTick(() => {
    if (options.all) callback(null, answers);
    else callback(null, answers[0].address, answers[0].family);
  });
}

function attempt(name, port, extra) {
  return new Promise((resolve) => {
    const s = net.connect({ port, host: 'localhost', lookup: cachingLookup, ...extra });
    s.on('lookup', (err, address, family, host) => log(name, 'lookup', err, address, family, host));
    s.on('connectionAttempt', (ip, p, family) => log(name, 'attempt', ip, p === port, family));
    s.on('connectionAttemptFailed', (ip, p, family, err) =>
      log(name, 'attempt failed', ip, p === port, family, err.code, err.syscall, err.address));
    s.on('connectionAttemptTimeout', (ip, p, family) => log(name, 'attempt timeout', ip, family));
    s.on('connect', () => {
      log(name, 'connect', s.remoteAddress, s.remoteFamily, s.remotePort === port,
          (s.autoSelectFamilyAttemptedAddresses || []).map((a) => a.replace(/:\d+$/, ':PORT')));
      s.end();
    });
    s.on('data', (d) => log(name, 'data', d.toString()));
    s.on('error', (err) => {
      log(name, 'error', err.name, err.code, JSON.stringify(err.message.replace(/:\d+$/, ":PORT")),
          err.errors && err.errors.map((e) => [e.code, e.syscall, e.address]));
    });
    s.on('close', (hadError) => { log(name, 'close', hadError); resolve(); });
  });
}

function listen(host) {
  return new Promise((resolve) => {
    const server = net.createServer((c) => c.end('hello from ' + host));
    server.listen(0, host, () => resolve(server));
  });
}

async function main() {
  log('defaults', net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
  const v4 = await listen('127.0.0.1');
  await attempt('v4 only', v4.address().port);
  await attempt('family 4', v4.address().port, { family: 4 });
  await attempt('off', v4.address().port, { autoSelectFamily: false });
  const port = v4.address().port;
  await new Promise((resolve) => v4.close(resolve));
  const v6 = await listen('::1');
  await attempt('v6 only', v6.address().port);
  await new Promise((resolve) => v6.close(resolve));
  await attempt('none', port);
  log('lookups', lookups);
}
main();
