// audit: net.js L846-849 _destroy of a socket that never had a handle: cb(exception) then nextTick(emitCloseNT) -> 'close' is emitted without the hadError argument
'use strict';
const net = require('net');
const { log } = require('../../trace');

const d = new net.Socket();
d.on('error', (e) => log('d error', e.code, e.message));
d.on('close', (...args) => log('d close', args.length, args[0]));
d.destroy(new Error('boom'));

const e = new net.Socket();
e.on('close', (...args) => log('e close', args.length, args[0]));
e.destroy();
