# catalogue 30 - doc
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
ee.on('a', lambda: 42)
ee.on('a', lambda: False)
ee.on('a', lambda: None)


def third():
    log('third listener still runs')
    return 'x'


ee.on('a', third)
log('emit returns', ee.emit('a'))
