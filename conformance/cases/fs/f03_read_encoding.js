// issue 12 item 4: fs.createReadStream with an encoding (string option and options.encoding), multi-byte UTF-8 split across highWaterMark chunks, setEncoding, hex/base64
'use strict';
const fs = require('fs');
const { log } = require('../../trace');

const p = 'f03.tmp';
fs.writeFileSync(p, 'aé€😀b'.repeat(3));
const cases = [
  ['utf8', { encoding: 'utf8', highWaterMark: 3 }],
  ['string opt', 'utf8'],
  ['hex', { encoding: 'hex', highWaterMark: 5 }],
  ['base64', { encoding: 'base64', highWaterMark: 4 }],
  ['latin1', { encoding: 'latin1', end: 6 }],
  ['setEncoding', { highWaterMark: 2 }],
];
function next(i) {
  if (i === cases.length) {
    log('readFileSync', fs.readFileSync(p, 'utf8').length, fs.readFileSync(p).length,
        fs.readFileSync(p, { encoding: 'base64' }));
    fs.unlinkSync(p);
    return;
  }
  const [name, opts] = cases[i];
  const r = fs.createReadStream(p, opts);
  if (name === 'setEncoding') r.setEncoding('utf8');
  const chunks = [];
  r.on('data', (c) => chunks.push(c));
  r.on('close', () => {
    log(name, r.readableEncoding, chunks);
    next(i + 1);
  });
}
next(0);
