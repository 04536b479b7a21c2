// s011 - resume() with no 'data' listener drains the stream to 'end'; readableFlowing true; data discarded (test-stream-readable-resume*.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

let n = 0;
const r = new Readable({
  read(size) {
    n++;
    r.push(n <= 3 ? Buffer.from('x' + n) : null);
  },
});
r.on('end', () => log('end', n, r.readableLength));
r.on('close', () => log('close'));
log('resume returns self', r.resume() === r);
log('flowing', r.readableFlowing);
