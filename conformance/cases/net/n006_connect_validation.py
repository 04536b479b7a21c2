# net n006 - Bad connect/request/listen/createServer options: thrown synchronously with Node's code and message, nothing left ref'd (the process exits)
import json
import math

from conformance.trace import log
from node_http_agent import http, net, process


def js(value):
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return 'null'
    return json.dumps(value, separators=(',', ':'))


def attempt(name, fn):
    try:
        s = fn()
        if s is not None and hasattr(s, 'on'):
            s.on('error', lambda e: log(name, 'async error', e.code))
        if s is not None and hasattr(s, 'destroy'):
            s.destroy()
        log(name, 'accepted')
    except Exception as e:
        log(name, e.code, str(e))


def main():
    for port in [-1, 65536, 1.5, math.nan, {}, [], True, math.inf, '80x']:
        attempt(f'net port {js(port)}', lambda: net.connect({'port': port, 'host': '127.0.0.1'}))
    for port in [-1, 65536, 1.5, {}, math.inf]:
        attempt(f'http port {js(port)}', lambda: http.request({'port': port, 'host': '127.0.0.1'}))
    for localAddress in [123, {}, ['x'], True, 'nope', '::1x']:
        attempt(f'localAddress {js(localAddress)}',
                lambda: http.request({'port': 80, 'host': '127.0.0.1', 'localAddress': localAddress}))
    attempt('localPort', lambda: net.connect({'port': 80, 'host': '127.0.0.1', 'localPort': 'x'}))
    attempt('lookup', lambda: net.connect({'port': 80, 'host': 'h.test', 'lookup': 42}))
    attempt('family', lambda: net.connect({'port': 80, 'host': 'h.test', 'family': 5}))
    attempt('hints', lambda: net.connect({'port': 80, 'host': 'h.test', 'hints': -1}))
    attempt('path', lambda: net.connect({'path': 42}))
    attempt('no port', lambda: net.connect({'host': '127.0.0.1'}))
    attempt('keepAliveInitialDelay', lambda: net.Socket({'keepAliveInitialDelay': '1'}))
    attempt('objectMode', lambda: net.Socket({'objectMode': True}))
    attempt('writableObjectMode', lambda: net.Socket({'writableObjectMode': 1}))
    attempt('signal', lambda: net.connect({'port': 80, 'host': '127.0.0.1', 'signal': {}}))
    attempt('createServer', lambda: net.createServer(42))
    attempt('createServer highWaterMark', lambda: net.createServer({'highWaterMark': '1'}))
    server = net.createServer()

    def listen(args):
        server.listen(*args)
        server.close()
    for args in [[{'host': '127.0.0.1'}], [True], [{'port': 1.5}], [{'port': -1}], [65536],
                 [{'path': 42}], [{'port': 0, 'signal': 'x'}]]:
        attempt(f'listen {js(args)}', lambda: listen(args))
    log('end of program')


process.run(main)
