// issue 12 item 4: createReadStream/createWriteStream/readFileSync/writeFileSync argument errors thrown synchronously (code, class, message) and bad flags/mode emitted as 'error'
'use strict';
const fs = require('fs');
const { log } = require('../../trace');

function t(name, f) {
  try {
    f();
    log(name, 'no throw');
  } catch (e) {
    log(name, e.code, e instanceof TypeError, e instanceof RangeError, e.message);
  }
}
t('path number', () => fs.createReadStream(5));
t('path null', () => fs.createWriteStream(null));
t('path nul byte', () => fs.createReadStream('a\0b'));
t('options number', () => fs.createReadStream('x', 5));
t('options bad encoding string', () => fs.createReadStream('x', 'bogus'));
t('bad encoding', () => fs.createWriteStream('x', { encoding: 'bogus' }));
t('start negative', () => fs.createReadStream('x', { start: -1 }));
t('start float', () => fs.createReadStream('x', { start: 1.5 }));
t('start string', () => fs.createReadStream('x', { start: '1' }));
t('start > end', () => fs.createReadStream('x', { start: 5, end: 2 }));
t('end negative', () => fs.createReadStream('x', { end: -2 }));
t('fd negative', () => fs.createReadStream('x', { fd: -1 }));
t('fd string', () => fs.createReadStream('x', { fd: 'x' }));
t('fd float', () => fs.createWriteStream('x', { fd: 1.5 }));
t('write start negative', () => fs.createWriteStream('x', { start: -1 }));
t('flush number', () => fs.createWriteStream('x', { flush: 1 }));
t('hwm negative', () => fs.createReadStream('x', { highWaterMark: -1 }));
t('writeFileSync data', () => fs.writeFileSync('x', 5));
t('readFileSync bad flag', () => fs.readFileSync('x', { flag: 'zz' }));
const s = fs.createReadStream('f09-none.tmp', { flags: 'bogus' });
s.on('error', (e) => {
  log('flags error', e.code, e.message);
  const s2 = fs.createWriteStream('f09-none.tmp', { mode: 'bogus' });
  s2.on('error', (e2) => log('mode error', e2.code, e2.message, fs.existsSync('f09-none.tmp')));
});
