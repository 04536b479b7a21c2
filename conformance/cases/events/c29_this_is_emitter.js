// catalogue 29 - doc (probe ee-17)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
ee.on('a', function () { log('this is the emitter', this === ee); });
ee.once('a', function () { log('once: this is the emitter', this === ee); });
ee.emit('a');
