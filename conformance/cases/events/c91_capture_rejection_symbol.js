// catalogue 91 - test-event-capture-rejections.js (configurable) (probe ee-13)
'use strict';
const { EventEmitter, captureRejectionSymbol } = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter({ captureRejections: true });
const _err = new Error('kaboom');
ee.on('something', async (...args) => { throw _err; });
ee.on('error', () => log('error listener must not be called'));
ee[captureRejectionSymbol] = (err, type, ...args) => log('instance hook:', err === _err, type, args);
ee.emit('something', 42, 'foobar');

class Sub extends EventEmitter {
  [captureRejectionSymbol](err, type, ...args) { log('subclass hook:', err.message, type, args, this === sub); }
}
const sub = new Sub({ captureRejections: true });
sub.on('ev', async (a) => { throw new Error('sub ' + a); });
sub.emit('ev', 1);
