// s115 - events.once(stream, 'end') resolves on end; rejects when the stream errors first (events.once with streams)
'use strict';
const { once } = require('events');
const { Readable } = require('stream');
const { log } = require('../../trace');

async function main() {
  const r = Readable.from(['a']);
  r.resume();
  const args = await once(r, 'end');
  log('end resolved', args);
  const bad = new Readable({ read(size) {} });
  setImmediate(() => bad.destroy(new Error('broken')));
  try {
    await once(bad, 'end');
  } catch (e) {
    log('rejected', e.message);
  }
}
main();
