// s012 - pause() inside a 'data' handler buffers later pushes; resume() later delivers them in order (test-stream-readable-pause-and-resume.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

let i = 0;
const r = new Readable({
  highWaterMark: 3,
  read(size) {
    i++;
    if (i <= 6) r.push(Buffer.from(String(i)));
    else r.push(null);
  },
});
r.on('data', (c) => {
  log('data', c.toString(), 'length', r.readableLength);
  if (c.toString() === '2') {
    r.pause();
    setImmediate(() => {
      log('resuming with length', r.readableLength);
      r.resume();
    });
  }
});
r.on('end', () => log('end'));
