# audit: net.js L1284-1320 lookupAndConnect validates localAddress (ERR_INVALID_IP_ADDRESS), localPort, port type, autoSelectFamily, lookup; L1244 validateString(path); L359-384 Socket() rejects objectMode and a non-number keepAliveInitialDelay
from conformance.trace import log
from node_http_agent import net, process


def main():
    cases = [
        {'port': 80, 'host': '127.0.0.1', 'localAddress': 'nope'},
        {'port': 80, 'host': '127.0.0.1', 'localPort': 'x'},
        {'port': True},
        {'port': 80, 'host': '127.0.0.1', 'autoSelectFamily': 'x'},
        {'port': 80, 'host': 'example.invalid', 'lookup': 'x'},
        {'path': 42},
    ]
    for o in cases:
        try:
            s = net.createConnection(o)
            s.on('error', lambda *a: None)
            s.destroy()
            log('accepted')
        except Exception as e:
            log(e.code, str(e))
    for o in [{'objectMode': True}, {'readableObjectMode': True}, {'keepAliveInitialDelay': 'x'}]:
        try:
            net.Socket(o)
            log('accepted')
        except Exception as e:
            log(e.code, str(e))


process.run(main)
