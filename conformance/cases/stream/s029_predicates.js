// s029 - stream.isReadable / isErrored / isDisturbed through a stream's life (test-stream-readable-didRead.js, test-stream-is-*.js)
'use strict';
const stream = require('stream');
const { Readable } = stream;
const { log } = require('../../trace');

const show = (name, r) => log(name, stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), r.readableDidRead);
const a = new Readable({ read(size) {} });
show('fresh', a);
a.push(Buffer.from('x'));
a.read();
show('after read', a);
const b = new Readable({ read(size) {} });
b.on('data', () => {});
show('data listener', b);
b.on('error', () => {});
b.destroy(new Error('x'));
show('errored', b);
const c = new Readable({ read(size) {} });
c.destroy();
show('destroyed', c);
const d = new Readable({ read(size) {} });
d.push(null);
d.resume();
d.on('end', () => show('ended', d));
show('plain object', { read() {} });
