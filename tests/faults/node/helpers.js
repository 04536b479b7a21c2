'use strict';
// What the fault scripts record: request traces, pool snapshots, open fds.
// Twins of tests/faults/pool_checks.py (same names, same fields).

const fs = require('fs');

function fds() { return fs.readdirSync('/proc/self/fd').length; }

function snapshot(agent) {
  const count = (table) => Object.values(table).reduce((n, list) => n + list.length, 0);
  return {
    sockets: count(agent.sockets),
    freeSockets: count(agent.freeSockets),
    requests: count(agent.requests),
    totalSocketCount: agent.totalSocketCount,
  };
}

function track(req) {
  const rec = { events: [], errors: [], body: '', statusCode: null, reusedSocket: null, socket: null };
  const error = (on, e) => ({ on, code: e.code, name: e.name, message: e.message });
  req.on('socket', (s) => { rec.events.push('socket'); rec.socket = s; });
  req.on('response', (res) => {
    rec.events.push('response');
    rec.statusCode = res.statusCode;
    res.setEncoding('latin1');
    res.on('data', (d) => { rec.body += d; });
    res.on('end', () => rec.events.push('res.end'));
    res.on('aborted', () => rec.events.push('res.aborted'));
    res.on('error', (e) => { rec.events.push('res.error'); rec.errors.push(error('res', e)); });
    res.on('close', () => rec.events.push('res.close'));
  });
  req.on('timeout', () => { rec.events.push('timeout'); req.destroy(); });
  req.on('error', (e) => { rec.events.push('error'); rec.errors.push(error('req', e)); });
  req.on('close', () => { rec.events.push('close'); rec.reusedSocket = req.reusedSocket; });
  return rec;
}

function outcome(rec) {
  const ev = rec.events;
  if (ev.includes('response')) {
    if (ev.includes('res.end')) return 'end';
    if (ev.includes('res.aborted')) return 'aborted';
    return 'response-only';
  }
  if (ev.includes('error')) return 'error';
  return 'none';
}

function clean(rec) {
  return {
    outcome: outcome(rec),
    events: rec.events,
    errors: rec.errors,
    body: rec.body,
    statusCode: rec.statusCode,
    reusedSocket: rec.reusedSocket,
  };
}

module.exports = { fds, snapshot, track, outcome, clean };
