// timers: two setTimeout callbacks due in the same loop turn, each queueing a nextTick: A's tick runs before B's callback (and a longer timer also due, and an immediate)
'use strict';
const { log } = require('../../trace');

function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

setTimeout(() => {
  log('A timer');
  process.nextTick(() => log('A tick'));
}, 10);
setTimeout(() => {
  log('B timer');
  process.nextTick(() => log('B tick'));
}, 10);
setTimeout(() => {
  log('C timer (longer delay, also due)');
  process.nextTick(() => log('C tick'));
}, 20);
setImmediate(() => log('immediate'));
busy(60); // all three are due before the loop looks
