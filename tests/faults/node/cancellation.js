'use strict';
// What Node 20 does when a request is cancelled (tests/faults/test_cancellation.py).
//
//   node tests/faults/node/cancellation.js > tests/faults/node/cancellation.out.jsonl
//
// Three requests R0, R1, R2 go out together through an agent with
// maxSockets 1, so two of them wait in agent.requests. One of them, the
// victim, is cancelled by req.destroy() or by aborting its AbortSignal:
//   sync        right after http.request() returned (its socket is being made)
//   connecting  in its 'socket' event
//   queued      R1, 10 ms in, while it waits behind R0 (answered after 40 ms)
//   writing     a POST whose first body chunk was flushed (the body never ends)
//   blocked     a POST writing 8 MiB to a server that does not read
//   reading     on the first 'data' of a response that never completes
//   preaborted  (signal only) the signal was aborted before http.request()
// The other two requests must still complete. Prints one JSON object per cell.

const http = require('http');
const { createServer } = require('./misbehaving_server');
const { fds, snapshot, track, clean } = require('./helpers');

const PHASES = ['sync', 'connecting', 'queued', 'writing', 'blocked', 'reading', 'preaborted'];

function runCell(phase, method, keepAlive) {
  return new Promise((resolve) => {
    const fdBase = fds();
    const victim = phase === 'queued' ? 1 : 0;
    const server = createServer((conn, index) => {
      if (conn === 0 && index === 0 && phase === 'queued') return 'slow';
      if (conn === 0 && index === 0 && phase === 'reading') return 'partial_hold';
      return 'ok';
    }, { stall: (conn) => phase === 'blocked' && conn === 0 });
    server.listen(0, '127.0.0.1', () => {
      const agent = new http.Agent({ keepAlive, maxSockets: 1 });
      const controller = new AbortController();
      if (phase === 'preaborted') controller.abort();
      const result = { phase, method, keepAlive, snapshots: {}, at: {} };
      const recs = [];
      let closed = 0;

      function cancel(req) {
        result.at = {
          hasSocket: !!req.socket,
          connecting: req.socket ? req.socket.connecting : null,
          queued: Object.values(agent.requests).some((list) => list.includes(req)),
        };
        if (method === 'destroy') req.destroy(); else controller.abort();
        result.snapshots.afterCancel = snapshot(agent);
      }

      function finish() {
        result.snapshots.afterAll = snapshot(agent);
        result.requests = recs.map(clean);
        agent.destroy();
        setTimeout(() => {
          result.snapshots.afterDestroy = snapshot(agent);
          result.connections = server.state.connections;
          result.served = server.state.requests;
          server.closeAll(() => setTimeout(() => {
            result.fdsBack = fds() === fdBase;
            resolve(result);
          }, 20));
        }, 20);
      }

      for (let i = 0; i < 3; i++) {
        const isVictim = i === victim;
        const opts = { host: '127.0.0.1', port: server.address().port, agent, path: `/${i}` };
        if (isVictim && method === 'signal') opts.signal = controller.signal;
        if (isVictim && (phase === 'writing' || phase === 'blocked')) opts.method = 'POST';
        const req = http.request(opts);
        const rec = track(req);
        recs.push(rec);
        req.on('close', () => { if (++closed === 3) setTimeout(finish, 20); });
        if (!isVictim) {
          req.end();
          continue;
        }
        switch (phase) {
          case 'sync': req.end(); cancel(req); break;
          case 'connecting': req.end(); req.on('socket', () => cancel(req)); break;
          case 'queued': req.end(); setTimeout(() => cancel(req), 10); break;
          case 'writing': req.write('x'.repeat(1000), () => cancel(req)); break;
          case 'blocked':
            result.writeReturned = req.write(Buffer.alloc(8 * 1024 * 1024, 'x'));
            setTimeout(() => cancel(req), 30);
            break;
          case 'reading': req.end(); req.on('response', (res) => res.once('data', () => cancel(req))); break;
          case 'preaborted': req.end(); break;
        }
      }
    });
  });
}

async function main() {
  for (const phase of PHASES) {
    for (const method of ['destroy', 'signal']) {
      if (phase === 'preaborted' && method === 'destroy') continue;
      for (const keepAlive of [true, false]) {
        console.log(JSON.stringify(await runCell(phase, method, keepAlive)));
      }
    }
  }
}

main();
