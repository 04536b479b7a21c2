// s020 - breaking out of for await destroys the stream ('close', no 'end', destroyed true); destroyOnReturn false keeps it (test-stream-readable-async-iterators.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

async function main() {
  const r = new Readable({ objectMode: true, read(size) {} });
  for (let i = 1; i <= 5; i++) r.push(i);
  const events = [];
  r.on('end', () => events.push('end'));
  r.on('close', () => events.push('close'));
  for await (const v of r) {
    log('value', v);
    if (v === 2) break;
  }
  log('after break', r.destroyed, r.readableLength);
  await new Promise((resolve) => setImmediate(resolve));
  log('events', events);
  const k = new Readable({ objectMode: true, read(size) {} });
  k.push('a');
  k.push('b');
  k.push(null);
  for await (const v of k.iterator({ destroyOnReturn: false })) {
    log('k value', v);
    break;
  }
  log('k destroyed', k.destroyed, 'read', k.read());
}
main();
