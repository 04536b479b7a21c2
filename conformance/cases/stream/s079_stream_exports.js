// s079 - the stream module's shape: classes reachable as Stream.Readable etc., Readable is a Stream, instanceof relations, Duplex is instanceof Writable (test-stream-duplex.js)
'use strict';
const stream = require('stream');
const { log } = require('../../trace');

const { Stream, Readable, Writable, Duplex, Transform, PassThrough } = stream;
log('Stream.Readable', Stream.Readable === Readable, Stream.Writable === Writable, Stream.Duplex === Duplex,
  Stream.Transform === Transform, Stream.PassThrough === PassThrough, Stream.Stream === Stream);
log('pipeline/finished on Stream', Stream.pipeline === stream.pipeline, Stream.finished === stream.finished);
const d = new Duplex();
const t = new Transform();
const p = new PassThrough();
log('duplex', d instanceof Readable, d instanceof Writable, d instanceof Stream);
log('transform', t instanceof Duplex, t instanceof Readable, t instanceof Writable);
log('passthrough', p instanceof Transform, p instanceof Duplex);
log('readable not writable', new Readable() instanceof Writable, new Writable() instanceof Readable);
log('promises', typeof stream.promises.pipeline, typeof stream.promises.finished);
