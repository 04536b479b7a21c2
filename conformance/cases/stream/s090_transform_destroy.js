// s090 - Transform destroy(): no 'end'/'finish', one 'close'; pending write callback errors; destroy(err) emits 'error' once (test-stream-transform-destroy.js)
'use strict';
const { Transform } = require('stream');
const { log } = require('../../trace');

const t = new Transform({ transform(chunk, encoding, callback) { /* never calls back */ } });
const events = [];
for (const ev of ['end', 'finish', 'close', 'error']) t.on(ev, (e) => events.push(ev === 'error' ? 'error:' + e.message : ev));
t.write('a', (err) => events.push('cb a:' + (err && (err.code || err.message))));
t.write('b', (err) => events.push('cb b:' + (err && (err.code || err.message))));
t.destroy(new Error('t boom'));
setImmediate(() => log('events', events, t.destroyed, t.readable, t.writable));
