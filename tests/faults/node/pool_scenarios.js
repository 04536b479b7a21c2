'use strict';
// What Node 20 does in pool-level fault scenarios (tests/faults/test_pool_faults.py).
//
//   node tests/faults/node/pool_scenarios.js > tests/faults/node/pool_scenarios.out.jsonl
//
// Each scenario prints one JSON object: the traces of its requests, agent
// snapshots at named points, what the servers accepted and served.

const http = require('http');
const net = require('net');
const { createServer } = require('./misbehaving_server');
const { fds, snapshot, track, clean } = require('./helpers');

const HOST = '127.0.0.1';

// Run `body(ctx)`; ctx.done() ends the scenario: agent.destroy(), servers closed.
function scenario(name, agentOptions, servers, body) {
  return new Promise((resolve) => {
    const fdBase = fds();
    const list = servers.map((script) => createServer(script));
    let listening = 0;
    const result = { name, snapshots: {}, notes: {} };
    const recs = [];
    const agent = new http.Agent(agentOptions);
    const ctx = {
      agent,
      result,
      port: (i = 0) => list[i].address().port,
      get(i, extra = {}) {
        const req = http.get({ host: HOST, port: ctx.port(i), agent, path: `/${recs.length}`, ...extra });
        req.setTimeout(1000);
        const rec = track(req);
        recs.push(rec);
        return [req, rec];
      },
      snap(point) { result.snapshots[point] = snapshot(agent); },
      server: (i = 0) => list[i],
      done() {
        ctx.snap('end');
        result.requests = recs.map(clean);
        agent.destroy();
        setTimeout(() => {
          ctx.snap('afterDestroy');
          result.connections = list.map((s) => s.state.connections);
          result.served = list.map((s) => s.state.requests);
          let closing = list.length;
          for (const s of list) {
            s.closeAll(() => {
              if (--closing === 0) setTimeout(() => { result.fdsBack = fds() === fdBase; resolve(result); }, 20);
            });
          }
        }, 20);
      },
    };
    for (const s of list) {
      s.listen(0, HOST, () => { if (++listening === list.length) body(ctx); });
    }
  });
}

// Wait until n requests of `reqs` closed, then call fn.
function afterClose(reqs, fn) {
  let left = reqs.length;
  for (const req of reqs) req.on('close', () => { if (--left === 0) fn(); });
}

const SCENARIOS = {
  // A refused connection with two requests queued behind it (maxSockets 1):
  // the slot must be released and the queue driven, not stranded.
  refused_queue() {
    return new Promise((resolve) => {
      const probe = net.createServer().listen(0, HOST, () => {
        const port = probe.address().port;
        probe.close(() => {
          const fdBase = fds();
          const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
          const result = { name: 'refused_queue', snapshots: {}, notes: {} };
          const recs = [];
          const reqs = [];
          for (let i = 0; i < 3; i++) {
            const req = http.get({ host: HOST, port, agent, path: `/${i}` });
            reqs.push(req);
            recs.push(track(req));
          }
          result.snapshots.queued = snapshot(agent);
          afterClose(reqs, () => setTimeout(() => {
            result.snapshots.end = snapshot(agent);
            result.notes.socketsKeys = Object.keys(agent.sockets).length;
            result.requests = recs.map(clean);
            agent.destroy();
            setTimeout(() => {
              result.snapshots.afterDestroy = snapshot(agent);
              result.fdsBack = fds() === fdBase;
              resolve(result);
            }, 20);
          }, 20));
        });
      });
    });
  },

  // maxTotalSockets 1 over two origins, keepAlive off: R0 -> A (answered late),
  // R1 and R2 -> B wait; R1 is destroyed while it waits. R2 must still run.
  total_cross_origin_cancel() {
    return scenario('total_cross_origin_cancel', { maxTotalSockets: 1 },
                    [(c, i) => (c === 0 && i === 0 ? 'slow' : 'ok'), () => 'ok'], (ctx) => {
      const [r0] = ctx.get(0);
      const [r1] = ctx.get(1);
      const [r2] = ctx.get(1);
      ctx.snap('queued');
      setTimeout(() => { r1.destroy(); ctx.snap('cancelled'); }, 10);
      afterClose([r0, r1, r2], () => setTimeout(() => ctx.done(), 20));
    });
  },

  // maxTotalSockets 1 over two origins, keepAlive on: A's idle socket keeps the
  // only slot, so B's request waits until that socket is destroyed.
  total_idle_starves_other_origin() {
    return scenario('total_idle_starves_other_origin', { keepAlive: true, maxTotalSockets: 1 },
                    [() => 'ok', () => 'ok'], (ctx) => {
      const [r0] = ctx.get(0);
      r0.on('close', () => setTimeout(() => {
        const [r1] = ctx.get(1);
        setTimeout(() => {
          ctx.snap('starved');
          ctx.result.notes.r1HasSocket = !!r1.socket;
          const name = Object.keys(ctx.agent.freeSockets)[0];
          ctx.agent.freeSockets[name][0].destroy();
          r1.on('close', () => setTimeout(() => ctx.done(), 20));
        }, 50);
      }, 10));
    });
  },

  // Three pooled sockets, then the server closes (FIN) all of them while idle:
  // three new requests must get three new connections.
  dead_pool_fin() {
    return deadPool('dead_pool_fin', 'finAll');
  },
  dead_pool_rst() {
    return deadPool('dead_pool_rst', 'resetAll');
  },

  // LIFO takes the *last* free socket, but only the *first* is checked for
  // being destroyed (Node's addRequest). Destroy the last one, then request
  // at once, before its 'close' ran.
  lifo_destroyed_last() {
    return destroyedFree('lifo_destroyed_last', 'lifo', 'last');
  },
  lifo_destroyed_first() {
    return destroyedFree('lifo_destroyed_first', 'lifo', 'first');
  },
  fifo_destroyed_first() {
    return destroyedFree('fifo_destroyed_first', 'fifo', 'first');
  },

  // A reused socket that the server closed on receiving the request: 'socket
  // hang up' with reusedSocket true; the usual retry gets a new connection.
  retry_reused_hang_up() {
    return scenario('retry_reused_hang_up', { keepAlive: true },
                    [(c, i) => (c === 0 && i === 1 ? 'fin_on_request' : 'ok')], (ctx) => {
      const [r0] = ctx.get(0);
      r0.on('close', () => setTimeout(() => {
        const [r1, rec1] = ctx.get(0);
        r1.on('close', () => {
          const e = rec1.errors[0];
          ctx.result.notes.retry = !!(e && e.code === 'ECONNRESET' && r1.reusedSocket);
          if (!ctx.result.notes.retry) { ctx.done(); return; }
          const [r2] = ctx.get(0);
          r2.on('close', () => setTimeout(() => ctx.done(), 20));
        });
      }, 10));
    });
  },

  // The agent's `timeout` expires an idle pooled socket.
  idle_timeout() {
    return scenario('idle_timeout', { keepAlive: true, timeout: 50 }, [() => 'ok'], (ctx) => {
      const [r0] = ctx.get(0);
      r0.on('close', () => {
        ctx.snap('pooled');
        setTimeout(() => {
          ctx.snap('expired');
          const [r1] = ctx.get(0);
          r1.on('close', () => setTimeout(() => ctx.done(), 20));
        }, 120);
      });
    });
  },

  // agent.destroy() while one request is in flight and two wait behind it.
  destroy_agent_with_queue() {
    return scenario('destroy_agent_with_queue', { keepAlive: true, maxSockets: 1 },
                    [(c, i) => (c === 0 && i === 0 ? 'slow' : 'ok')], (ctx) => {
      const reqs = [0, 1, 2].map(() => ctx.get(0)[0]);
      setTimeout(() => { ctx.agent.destroy(); ctx.snap('destroyed'); }, 10);
      afterClose(reqs, () => setTimeout(() => ctx.done(), 20));
    });
  },

  queue_behind_conn_close() { return queueBehind('queue_behind_conn_close', 'conn_close'); },
  queue_behind_http10() { return queueBehind('queue_behind_http10', 'http10'); },
  queue_behind_fin_after() { return queueBehind('queue_behind_fin_after', 'fin_after'); },
  queue_behind_close_after() { return queueBehind('queue_behind_close_after', 'close_after'); },
  queue_behind_eof_body() { return queueBehind('queue_behind_eof_body', 'eof_body'); },
  queue_behind_double_response() { return queueBehind('queue_behind_double_response', 'double_response'); },

  // Garbage (not a response) arrives on an idle pooled socket.
  unsolicited_garbage() {
    return scenario('unsolicited_garbage', { keepAlive: true }, [() => 'ok'], (ctx) => {
      const [r0] = ctx.get(0);
      r0.on('close', () => setTimeout(() => {
        ctx.snap('pooled');
        ctx.server(0).writeAll('\x00garbage\r\n\r\n');
        setTimeout(() => {
          ctx.snap('afterGarbage');
          const [r1] = ctx.get(0);
          r1.on('close', () => setTimeout(() => ctx.done(), 20));
        }, 30);
      }, 10));
    });
  },
};

// maxSockets 1, keepAlive on: R1 and R2 wait while R0 meets `fault` (the
// socket is handed on at R0's 'free', or not, before or after the server's
// close is seen).
function queueBehind(name, fault) {
  return scenario(name, { keepAlive: true, maxSockets: 1 },
                  [(c, i) => (c === 0 && i === 0 ? fault : 'ok')], (ctx) => {
    const reqs = [0, 1, 2].map(() => ctx.get(0)[0]);
    ctx.snap('queued');
    afterClose(reqs, () => setTimeout(() => ctx.done(), 20));
  });
}

function deadPool(name, how) {
  return scenario(name, { keepAlive: true }, [() => 'ok'], (ctx) => {
    const first = [0, 1, 2].map(() => ctx.get(0)[0]);
    afterClose(first, () => setTimeout(() => {
      ctx.snap('pooled');
      ctx.server(0)[how]();
      setTimeout(() => {
        ctx.snap('afterServerClosed');
        const second = [0, 1, 2].map(() => ctx.get(0)[0]);
        afterClose(second, () => setTimeout(() => ctx.done(), 20));
      }, 30);
    }, 10));
  });
}

function destroyedFree(name, scheduling, which) {
  return scenario(name, { keepAlive: true, scheduling }, [() => 'ok'], (ctx) => {
    const first = [0, 1].map(() => ctx.get(0)[0]);
    afterClose(first, () => setTimeout(() => {
      ctx.snap('pooled');
      const key = Object.keys(ctx.agent.freeSockets)[0];
      const free = ctx.agent.freeSockets[key];
      const victim = which === 'last' ? free[free.length - 1] : free[0];
      victim.destroy();
      const [req, rec] = ctx.get(0);
      ctx.result.notes.gotDestroyedSocket = req.socket === victim;
      req.on('socket', (s) => { ctx.result.notes.gotDestroyedSocket = s === victim; });
      req.on('close', () => setTimeout(() => ctx.done(), 20));
    }, 10));
  });
}

async function main() {
  const only = process.argv.slice(2);
  for (const name of Object.keys(SCENARIOS)) {
    if (only.length && !only.includes(name)) continue;
    console.log(JSON.stringify(await SCENARIOS[name]()));
  }
}

main();
