// catalogue 90 - 'keylog' on an https agent (and on the server): one event per NSS key log line, with the TLS socket; TLS 1.3 gives 5 lines per connection (test-https-agent-keylog.js, probe p16)
'use strict';
const fs = require('fs');
const https = require('https');
const { log } = require('../../trace');

const key = fs.readFileSync('fixtures/server-key.pem');
const cert = fs.readFileSync('fixtures/server-cert.pem');

const server = https.createServer({ key, cert }, (req, res) => res.end('ok'));
let serverLines = 0;
server.on('keylog', (line, tlsSocket) => {
  serverLines++;
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new https.Agent({ keepAlive: false });
  const labels = new Set();
  let agentLines = 0;
  let allEndInNewline = true;
  let socketIsTls = true;
  agent.on('keylog', (line, tlsSocket) => {
    agentLines++;
    labels.add(line.toString().split(' ')[0]);
    allEndInNewline = allEndInNewline && line.toString().endsWith('\n');
    socketIsTls = socketIsTls && tlsSocket.encrypted === true;
  });
  let n = 0;
  function request() {
    https.get({ host: '127.0.0.1', port, agent, rejectUnauthorized: false }, (res) => {
      res.resume();
      res.on('end', () => {
        if (++n < 2) return setImmediate(request);
        setImmediate(() => {
          log('agent keylog lines', agentLines, 'server keylog lines', serverLines);
          log('labels', [...labels].sort());
          log('every line ends with a newline', allEndInNewline, 'second argument is the TLS socket', socketIsTls);
          server.close();
        });
      });
    });
  }
  request();
});
