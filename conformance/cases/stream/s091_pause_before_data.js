// s091 - pause() before adding a 'data' listener keeps the stream paused (explicit pause); removing every 'data' listener does not pause a flowing stream (test-stream-readable-data.js, test-stream-readable-pause-and-resume.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ read(size) {} });
r.pause();
const onData = (c) => log('r data', c.toString());
r.on('data', onData);
r.push('a');
setImmediate(() => {
  log('r still paused', r.isPaused(), r.readableFlowing, r.readableLength);
  r.resume();
  setImmediate(() => {
    r.removeListener('data', onData);
    log('r after removing data', r.readableFlowing, r.isPaused());
    r.push('b');
    setImmediate(() => log('r b consumed', r.readableLength === 0));
  });
});
