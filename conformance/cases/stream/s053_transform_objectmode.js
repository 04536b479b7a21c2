// s053 - Transform with writableObjectMode/readableObjectMode mixes: objects in, strings out; objectMode transform of numbers (test-stream-transform-split-objectmode.js)
'use strict';
const { Transform } = require('stream');
const { log } = require('../../trace');

const parser = new Transform({
  readableObjectMode: true,
  transform(chunk, encoding, callback) {
    callback(null, { len: chunk.length, text: chunk.toString() });
  },
});
log('parser modes', parser.readableObjectMode, parser.writableObjectMode, parser.readableHighWaterMark, parser.writableHighWaterMark);
parser.on('data', (o) => log('parsed', o));
parser.write(Buffer.from('abc'));
parser.end(Buffer.from('de'));
const serializer = new Transform({
  writableObjectMode: true,
  transform(chunk, encoding, callback) { callback(null, JSON.stringify(chunk)); },
});
log('serializer modes', serializer.readableObjectMode, serializer.writableObjectMode);
serializer.on('data', (c) => log('serialized', Buffer.isBuffer(c), c.toString()));
serializer.write({ x: 1 });
serializer.end([2]);
const doubler = new Transform({ objectMode: true, transform(n, encoding, callback) { callback(null, n * 2); } });
const out = [];
doubler.on('data', (n) => out.push(n));
doubler.on('end', () => log('doubled', out));
[1, 2, 3].forEach((n) => doubler.write(n));
doubler.end();
