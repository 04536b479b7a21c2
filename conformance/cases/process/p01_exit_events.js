// process 'beforeExit' and 'exit' with exitCode: order against timers and ticks, work added from beforeExit
'use strict';
const { log } = require('../../trace');

let rounds = 0;
process.on('beforeExit', (code) => {
  log('beforeExit', code, rounds);
  if (rounds++ < 2) {
    setTimeout(() => log('timer from beforeExit', rounds), 1);
  }
});
process.on('exit', (code) => {
  log('exit', code, process.exitCode);
  process.nextTick(() => log('tick after exit never runs'));
});
process.nextTick(() => log('tick'));
setTimeout(() => {
  log('timer');
  process.exitCode = 0;
}, 1);
log('main done');
