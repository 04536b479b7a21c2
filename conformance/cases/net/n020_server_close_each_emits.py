# audit: net.js L2279-2340 Server.close(): every call ends in _emitCloseIfDrained -> nextTick(emitCloseNT), so each close() emits 'close' (the callback of a close() on a stopped server gets ERR_SERVER_NOT_RUNNING)
from conformance.trace import log
from node_http_agent import net, process


def main():
    s = net.createServer()
    s.on('close', lambda: log('close event'))
    s.close(lambda err=None: log('cb1', err and err.code))

    def onlistening():
        log('listening')
        s.close(lambda err=None: log('cb2', err and err.code))
        s.close(lambda err=None: log('cb3', err and err.code))
    s.listen(0, '127.0.0.1', onlistening)


process.run(main)
