// catalogue 68 - test-events-listener-count-with-listener.js (probe ee-12)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const EE = new EventEmitter();
function handler() {}
function anotherHandler() {}
log('empty', EE.listenerCount('event'), EE.listenerCount('event', handler), EE.listenerCount('event', anotherHandler));
EE.once('event', handler);
log('once(handler)', EE.listenerCount('event'), EE.listenerCount('event', handler), EE.listenerCount('event', anotherHandler));
EE.removeAllListeners('event');
log('removed', EE.listenerCount('event'), EE.listenerCount('event', handler));
EE.on('event', handler);
log('on(handler)', EE.listenerCount('event'), EE.listenerCount('event', handler));
EE.once('event', anotherHandler);
log('+once(another)', EE.listenerCount('event'), EE.listenerCount('event', handler), EE.listenerCount('event', anotherHandler));
EE.once('event', handler);
log('+once(handler)', EE.listenerCount('event'), EE.listenerCount('event', handler));
EE.emit('event');
log('after emit', EE.listenerCount('event'), EE.listenerCount('event', handler), EE.listenerCount('event', anotherHandler));
EE.off('event', handler);
log('after off', EE.listenerCount('event'), EE.listenerCount('event', handler));
log('listener is not a function', EE.listenerCount('event', 'str'));
