// catalogue 88 - test-https-agent-getname.js, test-https-agent-additional-options.js (probes p01, p16): on https a different servername, CA or cipher list gives a different pool key; a servername equal to host is left out
'use strict';
const https = require('https');
const { log } = require('../../trace');

const agent = new https.Agent();
const inputs = [
  {},
  { host: 'h', port: 443 },
  { host: 'h', port: 443, servername: 'h' },
  { host: 'h', port: 443, servername: 'other' },
  { host: 'h', port: 443, servername: '' },
  { host: 'h', port: 443, ca: 'CA1' },
  { host: 'h', port: 443, ca: 'CA2' },
  { host: 'h', port: 443, ca: ['a', 'b'] },
  { host: 'h', port: 443, ciphers: 'AES256-SHA' },
  { host: 'h', port: 443, rejectUnauthorized: false },
  { host: '127.0.0.1', port: 8443, rejectUnauthorized: false, servername: 'example.test' },
];
for (const options of inputs) log(options, '=>', agent.getName(options));
