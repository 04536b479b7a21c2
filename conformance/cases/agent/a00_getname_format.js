// §1.8 - exact getName() format: host || localhost : port : localAddress [: family 4/6] [: socketPath] (probe p01)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const a = new http.Agent();
log('getName()', a.getName());
const cases = [
  {}, { host: 'example.com' }, { port: 80 }, { host: 'h', port: 8080 },
  { port: 80, localAddress: '192.168.1.1' },
  { host: '0.0.0.0', port: 80, localAddress: '192.168.1.1' },
  { family: 4 }, { family: 6 }, { family: 0 }, { family: null }, { family: 'bogus' }, { family: '4' },
  { family: 6, localAddress: '::1' },
  { host: 'h', port: 1, localAddress: '10.0.0.1', family: 6 },
  { socketPath: '/tmp/foo/bar' },
  { host: 'h', port: 1, family: 4, socketPath: '/tmp/s' },
  { host: '', port: 0 }, { host: null, port: null }, { hostname: 'ignored.example', port: 1 },
  { host: '::1', port: 3000 },
  { port: '8080' },
  { host: 'h', port: 1, localAddress: '', socketPath: '' },
  { host: 'h', port: 1, servername: 'other', path: '/x', agent: 'ignored' },
];
for (const c of cases) {
  log(c, '=>', a.getName(c));
}
