// s103 - Duplex highWaterMark applies to both sides; readableHighWaterMark/writableHighWaterMark override it; objectMode with highWaterMark (test-stream-duplex-readable-writable.js, test-streams-highwatermark.js)
'use strict';
const { Duplex, Transform } = require('stream');
const { log } = require('../../trace');

const hw = (o) => { const d = new Duplex(o); return [d.readableHighWaterMark, d.writableHighWaterMark]; };
log('highWaterMark 5', hw({ highWaterMark: 5 }));
log('readable override', hw({ highWaterMark: 5, readableHighWaterMark: 9 }));
log('writable override', hw({ highWaterMark: 5, writableHighWaterMark: 2 }));
log('objectMode + hwm', hw({ objectMode: true, highWaterMark: 3 }));
log('readableObjectMode only', hw({ readableObjectMode: true }));
const t = new Transform({ highWaterMark: 1 });
log('transform', t.readableHighWaterMark, t.writableHighWaterMark);
