// s048 - Duplex allowHalfOpen: false ends the writable side after the readable side ends; allowHalfOpen true keeps it open (test-stream-duplex-end.js)
'use strict';
const { Duplex } = require('stream');
const { log } = require('../../trace');

function make(name, allowHalfOpen) {
  const d = new Duplex({
    allowHalfOpen,
    read(size) {},
    write(chunk, encoding, callback) { log(name, '_write', chunk.toString()); callback(); },
    final(callback) { log(name, '_final'); callback(); },
  });
  d.on('end', () => log(name, 'end', 'writableEnded', d.writableEnded));
  d.on('finish', () => log(name, 'finish'));
  d.on('close', () => log(name, 'close'));
  log(name, 'allowHalfOpen', d.allowHalfOpen);
  d.push(null);
  d.resume();
  return d;
}
make('closed', false);
const open = make('open', true);
setImmediate(() => {
  log('open still writable', open.writable, open.writableEnded);
  open.end('bye');
});
