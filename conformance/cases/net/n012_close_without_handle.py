# audit: net.js L846-849 _destroy of a socket that never had a handle: cb(exception) then nextTick(emitCloseNT) -> 'close' is emitted without the hadError argument
from conformance.trace import log
from node_http_agent import net, process


def main():
    d = net.Socket()
    d.on('error', lambda e: log('d error', getattr(e, 'code', None), str(e)))
    d.on('close', lambda *args: log('d close', len(args), args[0] if args else None))
    d.destroy(Exception('boom'))

    e = net.Socket()
    e.on('close', lambda *args: log('e close', len(args), args[0] if args else None))
    e.destroy()


process.run(main)
