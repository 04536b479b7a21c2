'use strict';
// The JS twin of tests/faults/misbehaving_server.py: a raw TCP server on
// 127.0.0.1 that answers each request on each connection with a scripted
// behaviour. Used only to learn what Node 20 does for each fault; the Python
// tests assert what these scripts print.
//
// script(conn, index) -> action name, where conn counts accepted connections
// and index counts requests on that connection (both from 0).

const net = require('net');

const OK = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';
const EXTRA = 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nextra';
const TRICKLE = 'HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world';
const PARTIAL = 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello';

function rst(sock) {
  if (!sock.destroyed) sock.resetAndDestroy();
}

const ACTIONS = {
  ok(sock) { sock.write(OK); },
  // A normal answer, then the server closes the idle keep-alive socket.
  fin_after(sock) { sock.write(OK); sock.end(); },
  close_after(sock) { sock.end(OK, () => sock.destroy()); },
  rst_after(sock) { sock.write(OK, () => setTimeout(rst, 5, sock)); },
  // The request is read and never answered: the server half-closes / resets.
  fin_on_request(sock) { sock.end(); },
  rst_on_request(sock) { rst(sock); },
  rst_mid_body(sock) { sock.write(PARTIAL, () => setTimeout(rst, 10, sock)); },
  truncated(sock) { sock.write(PARTIAL, () => setTimeout(() => sock.end(), 10)); },
  never(sock) {},
  trickle(sock) {
    let i = 0;
    const next = () => {
      if (sock.destroyed) return;
      sock.write(TRICKLE[i++]);
      if (i < TRICKLE.length) setTimeout(next, 1);
    };
    next();
  },
  conn_close(sock) {
    sock.end('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok');
  },
  http10(sock) { sock.write('HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok'); },
  eof_body(sock) { sock.end('HTTP/1.1 200 OK\r\n\r\nuntil eof'); },
  garbage_status(sock) { sock.write('garbage\r\n\r\n'); },
  long_headers(sock) {
    sock.write(`HTTP/1.1 200 OK\r\nX-Long: ${'a'.repeat(20 * 1024)}\r\nContent-Length: 2\r\n\r\nok`);
  },
  cl_te(sock) {
    sock.write('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n' +
               '5\r\nhello\r\n0\r\n\r\n');
  },
  dup_cl(sock) {
    sock.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok');
  },
  // A normal answer, then a second response nobody asked for, on the idle socket.
  unsolicited(sock) { sock.write(OK, () => setTimeout(() => sock.destroyed || sock.write(EXTRA), 10)); },
  // A normal answer and, in the same write, a second response nobody asked for.
  double_response(sock) { sock.write(OK + EXTRA); },
  // A normal answer followed, in the same write, by bytes that are no response.
  trailing_garbage(sock) { sock.write(OK + 'garbage\r\n\r\n'); },
  // Not faults: helpers for the cancellation tests.
  slow(sock) { setTimeout(() => sock.destroyed || sock.write(OK), 40); },
  partial_hold(sock) { sock.write(PARTIAL); },
};

// options.stall(conn) -> true: never read from that connection (the client's
// writes back up).
function createServer(script, options = {}) {
  const state = { connections: 0, requests: [] };
  const conns = new Set();
  const server = net.createServer({ allowHalfOpen: true }, (sock) => {
    const conn = state.connections++;
    conns.add(sock);
    sock.setNoDelay(true);
    if (options.stall && options.stall(conn)) sock.pause();
    let buf = '';
    let index = 0;
    let deaf = false;
    sock.on('data', (d) => {
      if (deaf) return;
      buf += d.toString('latin1');
      for (;;) {
        const end = buf.indexOf('\r\n\r\n');
        if (end === -1) return;
        const head = buf.slice(0, end);
        const m = /\r\ncontent-length: *(\d+)/i.exec(head);
        const len = m ? Number(m[1]) : 0;
        if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
          const stop = buf.indexOf('0\r\n\r\n', end + 4);
          if (stop === -1) return;
          buf = buf.slice(stop + 5);
        } else {
          if (buf.length < end + 4 + len) return;
          buf = buf.slice(end + 4 + len);
        }
        const action = script(conn, index++);
        state.requests.push([conn, index - 1, action]);
        if (action === 'never') deaf = true;
        ACTIONS[action](sock);
        if (deaf) return;
      }
    });
    sock.on('end', () => { if (!sock.destroyed) sock.end(); });
    sock.on('error', () => {});
    sock.on('close', () => conns.delete(sock));
  });
  server.state = state;
  // Close (FIN) / reset every open connection, e.g. all idle pooled sockets at once.
  server.finAll = () => { for (const s of conns) s.end(); };
  server.resetAll = () => { for (const s of conns) rst(s); };
  server.writeAll = (data) => { for (const s of conns) s.write(data); };
  server.closeAll = (cb) => {
    for (const s of conns) s.destroy();
    server.close(cb);
  };
  return server;
}

const FAULTS = Object.keys(ACTIONS).filter((a) => !['ok', 'slow', 'partial_hold'].includes(a));

module.exports = { createServer, ACTIONS, FAULTS };
