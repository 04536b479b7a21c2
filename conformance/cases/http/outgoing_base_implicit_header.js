// audit: _http_outgoing.js L830-832 OutgoingMessage.prototype._implicitHeader throws ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()'), reached by end()/write() on a bare OutgoingMessage
'use strict';
const http = require('http');
const { log } = require('../../trace');

const o = new http.OutgoingMessage();
for (const step of [() => o.end(), () => o.write('x'), () => o.flushHeaders()]) {
  try {
    step();
    log('ok');
  } catch (e) {
    log(e.code, e.message);
  }
}
log(o.headersSent, o.finished);
