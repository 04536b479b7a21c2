// catalogue 96 - test-events-on-async-iterator.js (highWaterMark / lowWaterMark: pause()/resume()) (probe ee-15)
'use strict';
const { on, EventEmitter } = require('events');
const { log } = require('../../trace');

class P extends EventEmitter {
  pause() { log('pause() called'); }
  resume() { log('resume() called'); }
}
(async () => {
  const p = new P();
  const it = on(p, 'd', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 1; i <= 4; i++) { log('emit', i); p.emit('d', i); }
  for (let i = 1; i <= 4; i++) log('read', (await it.next()).value);
  p.emit('d', 5);
  log('read', (await it.next()).value);
  await it.return();
  log('listeners after return', p.listenerCount('d'));
})();
