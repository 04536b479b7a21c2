// s055 - Transform subclass with _transform/_flush methods; line splitter keeping a partial line across chunks (test-stream2-transform.js)
'use strict';
const { Transform } = require('stream');
const { log } = require('../../trace');

class Lines extends Transform {
  constructor() {
    super({ readableObjectMode: true });
    this.rest = '';
  }
  _transform(chunk, encoding, callback) {
    const parts = (this.rest + chunk.toString()).split('\n');
    this.rest = parts.pop();
    for (const p of parts) this.push(p);
    callback();
  }
  _flush(callback) {
    if (this.rest) this.push(this.rest);
    callback();
  }
}
const l = new Lines();
l.on('data', (line) => log('line', line));
l.on('end', () => log('end'));
l.write('one\ntw');
l.write('o\nthr');
l.write('ee\n\nfo');
l.end('ur');
