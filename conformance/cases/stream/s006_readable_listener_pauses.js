// s006 - adding a 'readable' listener takes precedence over 'data' (flowing false); removing it resumes when 'data' listeners remain (test-stream-readable-and-data.js, test-stream-readable-readable-then-resume.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ read(size) {} });
r.on('data', (c) => log('data', c.toString()));
log('after data', r.readableFlowing);
const onReadable = () => log('readable', r.readableLength);
r.on('readable', onReadable);
log('after readable', r.readableFlowing, r.readableListening === undefined ? 'n/a' : 'x');
r.push(Buffer.from('x'));
setImmediate(() => {
  log('length', r.readableLength, 'flowing', r.readableFlowing);
  r.removeListener('readable', onReadable);
  log('removed, flowing', r.readableFlowing);
  process.nextTick(() => {
    log('next tick flowing', r.readableFlowing);
    setImmediate(() => {
      log('length later', r.readableLength);
      r.push(Buffer.from('y'));
      r.push(null);
    });
  });
});
r.on('end', () => log('end'));
