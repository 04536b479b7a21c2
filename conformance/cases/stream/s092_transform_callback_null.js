// s092 - Transform callback(null, null) / callback(null, undefined) push nothing (the stream does not end); callback(null, '') pushes nothing either in byte mode (transform.js)
'use strict';
const { Transform } = require('stream');
const { log } = require('../../trace');

const t = new Transform({
  transform(chunk, encoding, callback) {
    const s = chunk.toString();
    if (s === 'null') callback(null, null);
    else if (s === 'undef') callback(null, undefined);
    else if (s === 'empty') callback(null, '');
    else callback(null, chunk);
  },
});
const got = [];
t.on('data', (c) => got.push(c.toString()));
t.on('end', () => log('end', got));
for (const s of ['a', 'null', 'b', 'undef', 'empty', 'c']) t.write(s);
setImmediate(() => {
  log('ended before end()', t.readableEnded, got);
  t.end();
});
