// Trace printing shared by the Node sides of cases (twin of trace.py).
// log(...values) prints one line: strings as they are, everything else as
// JSON.stringify; undefined prints as null (Python has one None for both).
'use strict';

function fmt(v) {
  if (typeof v === 'string') return v;
  if (v === undefined) return 'null';
  return JSON.stringify(v);
}

function log(...values) {
  console.log(values.map(fmt).join(' '));
}

module.exports = { fmt, log };
