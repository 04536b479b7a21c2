// catalogue 8 - totalSocketCount counts active plus free sockets, is unchanged when a socket moves into the pool, drops on 'agentRemove' and on 'close' (probe p04, p06, p10)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(port)).join('PORT')] = m[k].length;
    return o;
  };
  const agent = new http.Agent({ keepAlive: true });
  const st = (label) => log(label, 'total', agent.totalSocketCount, 'sockets', P(agent.sockets), 'free', P(agent.freeSockets));
  let left = 2;
  for (let i = 0; i < 2; i++) {
    http.get({ host: '127.0.0.1', port, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        if (--left === 0) setImmediate(third);
      });
    });
  }
  st('two requests issued:');
  function third() {
    st('both pooled:');
    const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
      res.resume();
      res.on('end', () => setImmediate(() => {
        st('after the response on the removed socket:');
        removed.destroy();
        const pooled = agent.freeSockets[agent.getName({ host: '127.0.0.1', port })].slice();
        let closed = 0;
        for (const s of pooled) {
          s.on('close', () => {
            if (++closed === pooled.length) setImmediate(() => {
              st('after agent.destroy() and every close:');
              server.close();
            });
          });
        }
        agent.destroy();
        st('right after agent.destroy():');
      }));
    });
    st('third request reuses one:');
    let removed;
    req.on('socket', (s) => {
      removed = s;
      s.emit('agentRemove');
      st("after 'agentRemove' on the active socket:");
    });
  }
});
