// s073 - stream.promises.finished resolves on end, rejects with the error or ERR_STREAM_PREMATURE_CLOSE (test-stream-promises.js)
'use strict';
const { Readable, Writable } = require('stream');
const { finished } = require('stream/promises');
const { log } = require('../../trace');

async function main() {
  const r = Readable.from(['a']);
  r.resume();
  log('resolved', await finished(r));
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const p = finished(w);
  w.destroy(new Error('gone'));
  try { await p; } catch (e) { log('rejected', e.message); }
  const x = new Readable({ read(size) {} });
  const q = finished(x);
  x.destroy();
  try { await q; } catch (e) { log('premature', e.code); }
}
main();
