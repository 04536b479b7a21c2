// catalogue 56 - (no Node test) probe ee-02
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

{
  const ee = new EventEmitter();
  const rl = () => log('SHOULD NOT PRINT (sole removeListener listener removing itself)');
  ee.on('other', () => {});
  ee.on('removeListener', rl);
  ee.removeListener('removeListener', rl);
  log('after removing the sole removeListener listener; eventNames', ee.eventNames());
}
{
  const ee = new EventEmitter();
  function rl1(ev, fn) { log('rl1 saw removal of', ev, fn.name); }
  function rl2(ev, fn) { log('rl2 saw removal of', ev, fn.name); }
  ee.on('removeListener', rl1);
  ee.on('removeListener', rl2);
  ee.removeListener('removeListener', rl2);
  ee.removeListener('removeListener', rl1);
  log('done; eventNames', ee.eventNames());
}
