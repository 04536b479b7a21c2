// s019 - for await over a Readable: chunks in order, readableEnded/destroyed afterwards, a second iteration of an ended stream yields nothing (test-stream-readable-async-iterators.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

async function main() {
  let n = 0;
  const r = new Readable({
    read(size) {
      n++;
      r.push(n <= 3 ? Buffer.from('c' + n) : null);
    },
  });
  const got = [];
  for await (const c of r) got.push(c.toString());
  log('got', got, 'ended', r.readableEnded, 'destroyed', r.destroyed);
  const again = [];
  for await (const c of r) again.push(c);
  log('again', again);
  const o = new Readable({ objectMode: true, read(size) {} });
  o.push('x');
  o.push(0);
  o.push(null);
  const vals = [];
  for await (const v of o) vals.push(v);
  log('objects', vals);
}
main();
