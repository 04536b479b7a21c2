// s098 - Duplex.from: an async generator function becomes a Duplex (writes in, yields out); from(array) and from(string) give readables (test-stream-duplex-from.js)
'use strict';
const { Duplex, Readable } = require('stream');
const { log } = require('../../trace');

const d = Duplex.from(async function* (source) {
  for await (const chunk of source) yield chunk.toString().toUpperCase();
});
const out = [];
d.on('data', (c) => out.push(c.toString()));
d.on('end', () => {
  log('generator duplex', out, d instanceof Duplex);
  const a = Duplex.from(['p', 'q']);
  const got = [];
  a.on('data', (c) => got.push(c));
  a.on('end', () => {
    log('from array', got, a.readable, a.writable);
    const s = Duplex.from('text');
    s.on('data', (c) => log('from string', c));
  });
});
d.write('ab');
d.end('cd');
