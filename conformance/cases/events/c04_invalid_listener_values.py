# catalogue 4 - test-event-emitter-invalid-listener.js (probe ee-07); symbol/bigint have no Python twin
import math

from conformance.trace import log
from node_http_agent.events import EventEmitter


class Foo:
    pass


ee = EventEmitter()
values = ['str', 1, 0.5, math.nan, math.inf, True, {}, [], b'x', Foo()]
for v in values:
    try:
        ee.on('foo', v)
        log('did not throw')
    except Exception as e:
        log(e.code, str(e))
