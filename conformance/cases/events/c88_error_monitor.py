# catalogue 88 - test-event-emitter-error-monitor.js (probe ee-06)
from conformance.trace import log
from node_http_agent.events import EventEmitter, errorMonitor

ee = EventEmitter()
err = Exception('whoops')
order = []
ee.on(errorMonitor, lambda e, extra: order.append('monitor:' + str(e) + ':' + extra))
try:
    ee.emit('error', err, 'x')
except Exception as e:
    order.append('thrown same ' + ('true' if e is err else 'false'))
ee.on('error', lambda e, *rest: order.append('handler:' + str(e)))
log('emit(error) with handler returns', ee.emit('error', err, 'y'))
log('order', order)
log('monitor in eventNames', errorMonitor in ee.eventNames(), 'count', ee.listenerCount(errorMonitor))
order.clear()
log('emit(other) returns', ee.emit('other', 1), 'monitor called', len(order))
log('emit(errorMonitor) directly returns', ee.emit(errorMonitor, err, 'z'), order)

ee2 = EventEmitter()
ee2.on(errorMonitor, lambda *a: log('monitor-only: monitor ran'))
try:
    ee2.emit('error', Exception('x'))
    log('no throw')
except Exception as e:
    log('monitor-only still throws:', str(e))
try:
    ee2.emit('error', 'str')
except Exception as e:
    log('monitor-only, non-Error:', e.code)
