# catalogue 85 - test-event-emitter-error-monitor.js (probe ee-06)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
err = Exception('whoops')
try:
    ee.emit('error', err)
    log('no throw')
except Exception as e:
    log('same object thrown', e is err, str(e))


class MyError(Exception):
    pass


mine = MyError('mine')
try:
    ee.emit('error', mine, 'extra')
except Exception as e:
    log('subclass instance thrown as is', e is mine)
te = TypeError('te')
try:
    ee.emit('error', te)
except Exception as e:
    log('TypeError thrown as is', e is te)


class Sub(EventEmitter):
    pass


try:
    Sub().emit('error', err)
except Exception as e:
    log('from a subclass too', e is err)
