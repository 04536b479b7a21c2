# s050 - Duplex destroy(err): one 'error', one 'close', both sides destroyed; no 'end'/'finish' (test-stream-duplex-destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Duplex
from node_http_agent.timers import setImmediate


def main():
    d = Duplex({'read': lambda size: None, 'write': lambda chunk, encoding, callback: callback()})
    events = []
    for ev in ['end', 'finish', 'close', 'error', 'prefinish']:
        d.on(ev, lambda *a, ev=ev: events.append(ev))
    d.resume()
    d.write('x')
    d.destroy(Exception('duplex boom'))
    log('sync', d.destroyed, d.readableAborted, str(d.errored))

    def later():
        log('events', events)
        log('closed', d.closed, 'readable', d.readable, 'writable', d.writable)
    setImmediate(later)


process.run(main)
