// s056 - Transform backpressure: with no reader, writes stop being transformed once the readable side is full; reading resumes them (test-stream-transform-hwm0.js, test-stream2-transform.js)
'use strict';
const { Transform } = require('stream');
const { log } = require('../../trace');

let transformed = 0;
const t = new Transform({
  highWaterMark: 2,
  objectMode: true,
  transform(chunk, encoding, callback) { transformed++; callback(null, chunk); },
});
const rets = [];
for (let i = 0; i < 6; i++) rets.push(t.write(i));
log('write returns', rets);
setImmediate(() => {
  log('transformed', transformed, 'readable', t.readableLength, 'writable', t.writableLength);
  const got = [];
  let v;
  while ((v = t.read()) !== null) got.push(v);
  log('read', got);
  setImmediate(() => {
    log('transformed later', transformed, t.readableLength, t.writableLength);
    t.on('data', (x) => got.push(x));
    t.on('end', () => log('all', got));
    t.end();
  });
});
