// s104 - the classic backpressure loop: write until false, wait for 'drain', continue; number of drains and total bytes (doc example, test-stream-writable-drain*.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

let bytes = 0;
const w = new Writable({
  highWaterMark: 10,
  write(chunk, encoding, callback) { bytes += chunk.length; setImmediate(callback); },
});
let i = 0;
let drains = 0;
const stops = [];
function writeMore() {
  let ok = true;
  while (i < 20 && ok) {
    i++;
    ok = w.write('abcd');
  }
  if (i < 20) {
    stops.push(i);
    w.once('drain', () => { drains++; writeMore(); });
  } else {
    w.end(() => log('done', bytes, 'drains', drains, 'stopped at', stops));
  }
}
writeMore();
