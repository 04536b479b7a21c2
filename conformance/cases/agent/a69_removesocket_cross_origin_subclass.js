// catalogue 69, 34, 35 - code [V20] removeSocket, probe p06: removeSocket (overridden in a subclass) is what opens a socket for a request queued at another origin, even past maxTotalSockets
'use strict';
const http = require('http');
const { log } = require('../../trace');

let ports = [];
const clean = (k) => ports.reduce((acc, p, i) => acc.split(String(p)).join(i === 0 ? 'A' : 'B'), k);
const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [clean(k), v.length]));
let logging = true;
let calls = 0;

class MyAgent extends http.Agent {
  removeSocket(socket, options) {
    const n = ++calls;
    if (logging) log(`removeSocket #${n}: name`, clean(this.getName(options)), 'socket destroyed', socket.destroyed, 'requests before', sizes(this.requests));
    super.removeSocket(socket, options);
    if (logging) log(`removeSocket #${n} done: sockets`, sizes(this.sockets), 'free', sizes(this.freeSockets), 'requests', sizes(this.requests), 'total', this.totalSocketCount);
  }
}

const serverA = http.createServer((req, res) => res.end('A'));
const serverB = http.createServer((req, res) => res.end('B'));

serverA.listen(0, '127.0.0.1', () => serverB.listen(0, '127.0.0.1', () => {
  ports = [serverA.address().port, serverB.address().port];
  const agent = new MyAgent({ keepAlive: true, maxTotalSockets: 1 });
  const reqA = http.get({ host: '127.0.0.1', port: ports[0], agent }, (res) => {
    res.resume();
    res.on('end', () => log('A end'));
  });
  const reqB = http.get({ host: '127.0.0.1', port: ports[1], agent }, (res) => {
    log('B response: reusedSocket', reqB.reusedSocket);
    res.resume();
    res.on('end', () => {
      log('B end');
      setTimeout(() => {
        log('final: sockets', sizes(agent.sockets), 'free', sizes(agent.freeSockets), 'requests', sizes(agent.requests), 'total', agent.totalSocketCount, 'removeSocket calls', calls);
        logging = false;
        agent.destroy();
        serverA.close();
        serverB.close();
      }, 30);
    });
  });
  log('issued: sockets', sizes(agent.sockets), 'requests', sizes(agent.requests), 'total', agent.totalSocketCount, 'A socket assigned later', reqA.socket === null);
}));
