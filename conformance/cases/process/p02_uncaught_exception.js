// 'uncaughtException' keeps the program running through throwing callbacks (timer, tick, listener); 'uncaughtExceptionMonitor' sees each first; origin argument
'use strict';
const { log } = require('../../trace');
const EventEmitter = require('events');

process.on('uncaughtExceptionMonitor', (err, origin) => log('monitor', err.message, origin));
process.on('uncaughtException', (err, origin) => log('uncaught', err.message, origin));
setTimeout(() => { throw new Error('from timer'); }, 100);
setTimeout(() => log('later timer still runs'), 150);
process.nextTick(() => { throw new Error('from tick'); });
setTimeout(() => process.nextTick(() => log('a tick still runs')), 120);
const ee = new EventEmitter();
ee.on('x', () => { throw new Error('from listener'); });
setImmediate(() => ee.emit('x'));
setImmediate(() => log('immediate still runs'));
process.on('exit', (code) => log('exit', code));
