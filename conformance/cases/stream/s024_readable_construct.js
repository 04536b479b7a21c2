// s024 - _construct runs first; _read waits for its callback; read() before construct completes returns null (test-stream-construct.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

let done;
const r = new Readable({
  construct(callback) {
    log('construct');
    done = callback;
  },
  read(size) {
    log('_read');
    r.push(Buffer.from('x'));
    r.push(null);
  },
});
log('read before construct', r.read());
r.on('data', (c) => log('data', c.toString()));
r.on('end', () => log('end'));
r.on('close', () => log('close'));
setImmediate(() => {
  log('calling construct callback');
  done();
});
