// s002 - flowing mode: on('data') starts flowing on nextTick, pause()/resume() and readableFlowing/isPaused, 'pause'/'resume' events (test-stream-readable-flow-*.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ read(size) {} });
r.on('pause', () => log('event pause'));
r.on('resume', () => log('event resume'));
r.push(Buffer.from('a'));
r.push(Buffer.from('b'));
log('before', r.readableFlowing, r.isPaused());
r.on('data', (c) => {
  log('data', c.toString(), 'flowing', r.readableFlowing);
  if (c.toString() === 'b') {
    r.pause();
    log('paused', r.readableFlowing, r.isPaused(), 'length', r.readableLength);
    r.push(Buffer.from('c'));
    log('after push while paused', r.readableLength);
    setImmediate(() => {
      log('resume()');
      r.resume();
      log('flowing now', r.readableFlowing);
      r.push(null);
    });
  }
});
log('after on(data)', r.readableFlowing, r.isPaused());
r.on('end', () => log('end'));
r.on('close', () => log('close'));
