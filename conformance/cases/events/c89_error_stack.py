# catalogue 89 - test-events-uncaught-exception-stack.js
# conformance: deviation=Concerns the JS .stack string and Node's printed-stack enhancement; Python tracebacks are a different mechanism.
from conformance.trace import log
from node_http_agent.events import EventEmitter

err = Exception('x')
try:
    EventEmitter().emit('error', err)
except Exception as e:
    log('stack unchanged', e is err)
