# s106 - destroy(err1) then destroy(err2): one 'error' (err1), errored keeps err1; destroy(err) after close is a no-op (test-stream-readable-destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def main():
    w = Writable({'write': lambda c, e, cb: cb()})
    seen = []
    w.on('error', lambda e: seen.append(str(e)))
    w.destroy(Exception('err1'))
    w.destroy(Exception('err2'))
    log('errored', str(w.errored))

    def on_close():
        w.destroy(Exception('err3'))
        setImmediate(lambda: log('errors seen', seen, 'errored', str(w.errored)))
    w.on('close', on_close)


process.run(main)
