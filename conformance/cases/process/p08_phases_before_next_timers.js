// p08 - what a callback queues for the check and close phases (an immediate, a socket's 'close') runs before the next iteration's timers, however soon they are due
'use strict';
const net = require('net');
const { log } = require('../../trace');

let round = 0;
function again() {
  round++;
  setImmediate(() => log('immediate', round));
  setTimeout(() => {
    log('timer', round);
    if (round < 5) again();
    else closing();
  }, 0);
  busy(3);  // the timer is due before this iteration ends
}

function busy(ms) {
  const start = Date.now();
  while (Date.now() - start < ms);
}

function closing() {
  const server = net.createServer((s) => s.on('error', () => {}));
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.on('close', () => log('client close'));
      setTimeout(() => {
        c.destroy();
        setTimeout(() => { log('timer after destroy'); server.close(); }, 0);
        busy(3);
      }, 1);
    });
  });
}
setTimeout(again, 1);
