// p07 - async continuations run as microtasks: two resumed by one callback both run before either's nextTick, and their ticks before any immediate
'use strict';
const { log } = require('../../trace');
const { once, EventEmitter } = require('events');

const e = new EventEmitter();
async function task(name) {
  await once(e, 'go');
  log(name, 'resumed');
  process.nextTick(() => log(name, 'tick'));
  setImmediate(() => log(name, 'immediate'));
  await once(e, 'again');
  log(name, 'resumed again');
  process.nextTick(() => log(name, 'tick again'));
}
task('A');
task('B');
setTimeout(() => {
  e.emit('go');
  log('emitted');
  process.nextTick(() => log('timer tick'));
  setTimeout(() => { e.emit('again'); log('emitted again'); }, 5);
}, 20);
