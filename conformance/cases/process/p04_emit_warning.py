# process.emitWarning: delivered on a later tick through 'warning'; string/type/code/options/Error forms; validation; the MaxListenersExceededWarning goes the same way
import os
import warnings

from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter

os.environ['NODE_NO_WARNINGS'] = '1'  # Node's default printer: not part of the trace
warnings.simplefilter('ignore')


def main():
    process.on('warning', lambda w: log('warning', w.name, str(w), getattr(w, 'code', None),
                                        getattr(w, 'detail', None), isinstance(w, Exception)))
    process.emitWarning('plain')
    process.emitWarning('typed', 'CustomWarning')
    process.emitWarning('coded', 'CustomWarning', 'CODE1')
    process.emitWarning('with options', {'type': 'OptWarning', 'code': 'CODE2',
                                         'detail': 'some detail'})
    err = Exception('an error')
    err.name = 'Error'
    process.emitWarning(err)
    for bad in [[1], [{}], ['x', 1], ['x', 'T', 2]]:
        try:
            process.emitWarning(*bad)
        except Exception as e:
            log('error', e.code, str(e))
    ee = EventEmitter()
    ee.setMaxListeners(1)
    ee.on('x', lambda: None)
    ee.on('x', lambda: None)
    log('sync code done')
    process.nextTick(lambda: log('tick queued after the warnings'))


process.run(main)
