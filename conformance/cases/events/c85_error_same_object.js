// catalogue 85 - test-event-emitter-error-monitor.js (probe ee-06)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const err = new Error('whoops');
try { ee.emit('error', err); log('no throw'); } catch (e) { log('same object thrown', e === err, e.message); }
class MyError extends Error {}
const mine = new MyError('mine');
try { ee.emit('error', mine, 'extra'); } catch (e) { log('subclass instance thrown as is', e === mine); }
const te = new TypeError('te');
try { ee.emit('error', te); } catch (e) { log('TypeError thrown as is', e === te); }
class Sub extends EventEmitter {}
try { new Sub().emit('error', err); } catch (e) { log('from a subclass too', e === err); }
