// s077 - Readable event order for a full life: 'resume', 'data'..., 'end', 'close'; listenerCount of internal listeners unaffected by user listeners (test-stream-readable-event.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ read(size) {} });
const events = [];
const orig = r.emit;
r.emit = function (name, ...args) {
  if (name !== 'newListener' && name !== 'removeListener') events.push(name);
  return orig.call(this, name, ...args);
};
r.on('data', () => {});
r.on('end', () => {});
r.push('a');
r.push('b');
r.push(null);
r.on('close', () => log('events', events));
