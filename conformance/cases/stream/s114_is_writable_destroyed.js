// s114 - stream.isWritable and stream.isDestroyed through a Writable's and a Duplex's life (utils.js)
'use strict';
const stream = require('stream');
const { Writable, Duplex } = stream;
const { log } = require('../../trace');

const w = new Writable({ write(c, e, cb) { cb(); } });
const show = (when, s) => log(when, stream.isWritable(s), stream.isDestroyed(s), stream.isReadable(s));
show('fresh writable', w);
w.end();
show('ended writable', w);
w.on('close', () => show('closed writable', w));
const d = new Duplex({ read(size) {}, write(c, e, cb) { cb(); } });
show('fresh duplex', d);
d.destroy();
show('destroyed duplex', d);
log('non-streams', stream.isWritable({}), stream.isDestroyed({}), stream.isReadable(null));
