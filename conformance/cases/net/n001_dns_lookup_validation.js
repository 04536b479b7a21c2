// dns.lookup / dns.promises.lookup argument validation, synchronous throws with Node's codes and messages
'use strict';
const dns = require('dns');
const { log } = require('../../trace');

const noop = () => {};
const calls = [
  ['hostname number', () => dns.lookup(1, noop)],
  ['family 5', () => dns.lookup('x', 5, noop)],
  ['no callback', () => dns.lookup('x', 4)],
  ['options string', () => dns.lookup('x', 'str', noop)],
  ['options string, no cb', () => dns.lookup('x', 'str')],
  ['family IPv5', () => dns.lookup('x', { family: 'IPv5' }, noop)],
  ['family 5 in options', () => dns.lookup('x', { family: 5 }, noop)],
  ['hints string', () => dns.lookup('x', { hints: 'a' }, noop)],
  ['hints bad flags', () => dns.lookup('x', { hints: 12345 }, noop)],
  ['all number', () => dns.lookup('x', { all: 1 }, noop)],
  ['verbatim number', () => dns.lookup('x', { verbatim: 1 }, noop)],
  ['order bad', () => dns.lookup('x', { order: 'x' }, noop)],
  ['order bad, no cb', () => dns.lookup('x', { order: 'x' })],
  ['promises hostname', () => dns.promises.lookup(1)],
  ['promises family IPv4', () => dns.promises.lookup('x', { family: 'IPv4' })],
  ['promises options bool', () => dns.promises.lookup('x', true)],
  ['promises hints', () => dns.promises.lookup('x', { hints: -1 })],
  ['setDefaultResultOrder', () => dns.setDefaultResultOrder('x')],
];
for (const [name, f] of calls) {
  try {
    f();
    log(name, 'accepted');
  } catch (e) {
    log(name, e.code, e.name, e.message);
  }
}
log('constants', dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NOTFOUND);
log('order', dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
dns.setDefaultResultOrder('ipv4first');
log('order', dns.getDefaultResultOrder());
dns.setDefaultResultOrder('verbatim');
