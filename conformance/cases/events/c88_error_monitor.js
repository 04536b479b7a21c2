// catalogue 88 - test-event-emitter-error-monitor.js (probe ee-06)
'use strict';
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;
const { log } = require('../../trace');

const ee = new EventEmitter();
const err = new Error('whoops');
const order = [];
ee.on(errorMonitor, (e, extra) => order.push('monitor:' + e.message + ':' + extra));
try { ee.emit('error', err, 'x'); } catch (e) { order.push('thrown same ' + (e === err)); }
ee.on('error', (e) => order.push('handler:' + e.message));
log('emit(error) with handler returns', ee.emit('error', err, 'y'));
log('order', order);
log('monitor in eventNames', ee.eventNames().includes(errorMonitor), 'count', ee.listenerCount(errorMonitor));
order.length = 0;
log('emit(other) returns', ee.emit('other', 1), 'monitor called', order.length);
log('emit(errorMonitor) directly returns', ee.emit(errorMonitor, err, 'z'), order);

const ee2 = new EventEmitter();
ee2.on(errorMonitor, () => log('monitor-only: monitor ran'));
try { ee2.emit('error', new Error('x')); log('no throw'); } catch (e) { log('monitor-only still throws:', e.message); }
try { ee2.emit('error', 'str'); } catch (e) { log('monitor-only, non-Error:', e.code); }
