'use strict';
// What Node 20 does for each cell of the fault matrix (tests/faults/test_fault_matrix.py).
//
//   node tests/faults/node/fault_matrix.js [fault ...] > tests/faults/node/fault_matrix.out.jsonl
//
// A cell is fault x keepAlive (on/off) x position (first request on a fresh
// socket / request on a reused socket). The "subject" request meets the fault;
// a "follow-up" request 50 ms after the subject's 'close' checks the pool
// (it must never get a dead socket). Prints one JSON object per cell.

const http = require('http');
const { fds, snapshot, track, clean } = require('./helpers');
const { createServer, FAULTS } = require('./misbehaving_server');

function runCell(fault, keepAlive, reused) {
  return new Promise((resolve) => {
    const fdBase = fds();
    const subjectIndex = reused ? 1 : 0;
    const server = createServer((conn, index) => (conn === 0 && index === subjectIndex ? fault : 'ok'));
    const uncaught = [];
    const onUncaught = (e) => uncaught.push({ code: e.code, message: e.message });
    process.on('uncaughtException', onUncaught);
    server.listen(0, '127.0.0.1', () => {
      const options = keepAlive ? { keepAlive: true, maxSockets: 1 } : (reused ? { maxSockets: 1 } : {});
      const agent = new http.Agent(options);
      const opts = { host: '127.0.0.1', port: server.address().port, agent, path: '/' };
      const result = { fault, keepAlive, reused, snapshots: {} };
      let warm = null;

      function startSubject() {
        const req = http.get(opts);
        req.setTimeout(150);
        const rec = track(req);
        req.on('close', () => setTimeout(() => startFollowup(rec), 50));
        return rec;
      }
      let subject;
      function startFollowup(subjectRec) {
        result.snapshots.beforeFollowup = snapshot(agent);
        const req = http.get(opts);
        req.setTimeout(500);
        const rec = track(req);
        req.on('close', () => setTimeout(() => {
          result.snapshots.afterFollowup = snapshot(agent);
          result.warm = warm && clean(warm);
          result.subject = clean(subjectRec);
          result.followup = clean(rec);
          result.followup.sameSocketAsSubject = rec.socket === subjectRec.socket;
          agent.destroy();
          setTimeout(() => {
            result.snapshots.afterDestroy = snapshot(agent);
            result.connections = server.state.connections;
            result.served = server.state.requests;
            server.closeAll(() => setTimeout(() => {
              result.fdsBack = fds() === fdBase;
              result.uncaught = uncaught;
              process.removeListener('uncaughtException', onUncaught);
              resolve(result);
            }, 20));
          }, 20);
        }, 20));
      }

      if (!reused) {
        subject = startSubject();
      } else if (keepAlive) {
        const req = http.get(opts);
        warm = track(req);
        req.on('close', () => setTimeout(() => { subject = startSubject(); }, 10));
      } else {
        const req = http.get(opts);
        warm = track(req);
        subject = startSubject(); // queued behind the warm-up (maxSockets 1)
      }
    });
  });
}

async function main() {
  const only = process.argv.slice(2);
  const faults = only.length ? only : FAULTS;
  for (const fault of faults) {
    for (const keepAlive of [true, false]) {
      for (const reused of [false, true]) {
        const r = await runCell(fault, keepAlive, reused);
        console.log(JSON.stringify(r));
      }
    }
  }
}

main();
