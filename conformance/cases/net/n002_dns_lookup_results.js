// dns.lookup results: IP literals in a tick, 'localhost' (family 4), ENOTFOUND's fields, all:true, promises
'use strict';
const dns = require('dns');
const { log } = require('../../trace');

async function main() {
  dns.lookup('127.0.0.1', (err, address, family) => log('literal', err, address, family));
  dns.lookup('::1', { all: true }, (err, all) => log('literal all', err, all));
  process.nextTick(() => log('tick queued after'));
  log('sync end');
  await new Promise((resolve) => {
    dns.lookup('localhost', 4, (err, address, family) => {
      log('localhost', err, address, family);
      resolve();
    });
  });
  await new Promise((resolve) => {
    dns.lookup('localhost', { family: 'IPv4', all: true }, (err, all) => {
      log('localhost all', err, all);
      resolve();
    });
  });
  await new Promise((resolve) => {
    dns.lookup('no-such-host.invalid', (err, address, family) => {
      log('nx', err.name, err.code, err.errno, err.syscall, err.hostname, err.message,
          Object.keys(err).sort(), address, family);
      resolve();
    });
  });
  await new Promise((resolve) => {
    dns.lookup('no-such-host.invalid', { all: true }, (err, all) => {
      log('nx all', err.code, all);
      resolve();
    });
  });
  log('p', await dns.promises.lookup('localhost', 4));
  log('p all', await dns.promises.lookup('127.0.0.1', { all: true }));
  try {
    await dns.promises.lookup('no-such-host.invalid');
  } catch (e) {
    log('p nx', e.code, e.errno, e.syscall, e.hostname, e.message);
  }
  const p = dns.promises.lookup('::1');
  log('p literal', await p);
  log('req', typeof dns.lookup('localhost', () => log('done')));
}
main();
