# s090 - Transform destroy(): no 'end'/'finish', one 'close'; pending write callback errors; destroy(err) emits 'error' once (test-stream-transform-destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Transform
from node_http_agent.timers import setImmediate


def main():
    t = Transform({'transform': lambda chunk, encoding, callback: None})
    events = []
    for ev in ['end', 'finish', 'close', 'error']:
        t.on(ev, lambda e=None, ev=ev: events.append('error:' + str(e) if ev == 'error' else ev))
    t.write('a', lambda err=None: events.append('cb a:' + str(err and (getattr(err, 'code', None) or str(err)))))
    t.write('b', lambda err=None: events.append('cb b:' + str(err and (getattr(err, 'code', None) or str(err)))))
    t.destroy(Exception('t boom'))
    setImmediate(lambda: log('events', events, t.destroyed, t.readable, t.writable))


process.run(main)
