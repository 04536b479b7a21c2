'use strict';
// Node's http.Agent as a benchmark client for bench_http.py (one measurement per process).
//
//   node benchmarks/node_client.js MODE PORT PATH EXPECTED_LEN DURATION_S WARMUP_S [LOCAL_ADDRESS]
//
// MODE seq : one request at a time, new http.Agent({keepAlive: true, maxSockets: 10})
// MODE conc: 50 concurrent request loops through the same kind of agent
// MODE noka: one request at a time, new http.Agent({keepAlive: false})
// Every response must be 200 with exactly EXPECTED_LEN body bytes. The warm-up
// is not timed (V8 needs 2-3 s of traffic before its speed settles). LOCAL_ADDRESS
// binds every connection to that loopback source address.
// Prints one JSON line: {"requests", "elapsed", "rps", "cpu_us_per_req", "sockets_created"}
// (CPU: this process's user + system time in the timed window, per request).
const http = require('http');

const MAX_REQUESTS = 20_000_000; // hard bound on the count, besides the deadline

const [mode, portArg, path, expectedArg, durationArg, warmupArg, localAddress] =
  process.argv.slice(2);
const port = parseInt(portArg, 10);
const expected = parseInt(expectedArg, 10);
const agent = mode === 'noka'
  ? new http.Agent({ keepAlive: false })
  : new http.Agent({ keepAlive: true, maxSockets: 10 });
let socketsCreated = 0;
const createConnection = agent.createConnection;
agent.createConnection = function countingCreateConnection(...args) {
  socketsCreated++;
  return createConnection.apply(this, args);
};
const options = { host: '127.0.0.1', port, path, method: 'GET', agent };
if (localAddress) options.localAddress = localAddress;

function fetchOnce() {
  return new Promise((resolve, reject) => {
    const req = http.request(options, (res) => {
      let received = 0;
      res.on('data', (chunk) => { received += chunk.length; });
      res.on('end', () => {
        if (res.statusCode === 200 && received === expected) resolve();
        else reject(new Error(`bad response: status ${res.statusCode}, ${received} body bytes`));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function runFor(seconds, loops) {
  let done = 0;
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  async function loop() {
    while (done < MAX_REQUESTS && process.hrtime.bigint() < deadline) {
      await fetchOnce();
      done++;
    }
  }
  const running = [];
  for (let i = 0; i < loops; i++) running.push(loop());
  await Promise.all(running);
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { done, elapsed, cpuUs: used.user + used.system };
}

async function main() {
  const loops = mode === 'conc' ? 50 : 1;
  const warmup = parseFloat(warmupArg);
  if (warmup > 0) await runFor(warmup, loops);
  const before = socketsCreated;
  const { done, elapsed, cpuUs } = await runFor(parseFloat(durationArg), loops);
  agent.destroy();
  return {
    requests: done,
    elapsed,
    rps: done / elapsed,
    cpu_us_per_req: cpuUs / Math.max(done, 1),
    sockets_created: socketsCreated - before,
  };
}

main().then((result) => {
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}, (err) => {
  process.stderr.write(`${err.stack || err}\n`);
  process.exit(1);
});
