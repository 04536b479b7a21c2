// s021 - a stream destroyed with an error during for await makes the loop throw that error after the buffered chunks (test-stream-readable-async-iterators.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

async function main() {
  const r = new Readable({ objectMode: true, read(size) {} });
  r.push('a');
  setImmediate(() => {
    r.push('b');
    r.destroy(new Error('kaboom'));
  });
  const got = [];
  try {
    for await (const v of r) got.push(v);
    log('no error');
  } catch (e) {
    log('caught', e.message, got, r.destroyed);
  }
  const d = new Readable({ read(size) {} });
  d.destroy();
  try {
    for await (const v of d) log('value', v);
    log('destroyed without error: loop ends');
  } catch (e) {
    log('destroyed without error: caught', e.code, e.message);
  }
}
main();
