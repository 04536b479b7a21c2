// issue 12 item 4: fs.createReadStream start/end ranges (inclusive end, start past EOF, end only, start only) with small highWaterMark
'use strict';
const fs = require('fs');
const { log } = require('../../trace');

const p = 'f02.tmp';
fs.writeFileSync(p, 'abcdefghijklmnopqrstuvwxyz');
const ranges = [
  { start: 2, end: 13, highWaterMark: 5 },
  { start: 0, end: 0 },
  { end: 3 },
  { start: 20 },
  { start: 30 },
  { start: 5, end: 5, highWaterMark: 1 },
  { start: 10, end: 100, highWaterMark: 7 },
];
function next(i) {
  if (i === ranges.length) {
    fs.unlinkSync(p);
    log('done');
    return;
  }
  const r = fs.createReadStream(p, ranges[i]);
  const chunks = [];
  log('range', i, r.start, r.end === Infinity ? 'Infinity' : r.end, r.pos);
  r.on('data', (c) => chunks.push(c.toString()));
  r.on('end', () => log('end', i, chunks, r.bytesRead, r.pos));
  r.on('close', () => next(i + 1));
}
next(0);
