// s017 - Readable.from(generator) and from(async generator): values in order, end, and a throwing generator destroys with its error (test-readable-from.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

function* gen() { yield 'a'; yield 'b'; yield 'c'; }
async function* agen() { yield 1; await null; yield 2; yield 3; }
function* bad() { yield 'ok'; throw new Error('gen failed'); }

async function collect(name, r) {
  const out = [];
  try {
    for await (const c of r) out.push(c);
    log(name, out, 'destroyed', r.destroyed);
  } catch (e) {
    log(name, out, 'error', e.message, 'destroyed', r.destroyed);
  }
}
(async () => {
  await collect('gen', Readable.from(gen()));
  await collect('agen', Readable.from(agen()));
  await collect('bad', Readable.from(bad()));
  const r = Readable.from(bad());
  r.on('data', (c) => log('data', c));
  r.on('error', (e) => log('error event', e.message));
  r.on('close', () => log('close'));
})();
