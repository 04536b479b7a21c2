# audit: net.js L1737-1790 Server(options): a non-object options is ERR_INVALID_ARG_TYPE('options', 'Object'); highWaterMark / keepAliveInitialDelay must be numbers
from conformance.trace import log
from node_http_agent import net, process


def main():
    for o in ['x', {'highWaterMark': 'x'}, {'keepAliveInitialDelay': 'x'}]:
        try:
            net.createServer(o)
            log('accepted')
        except Exception as e:
            log(getattr(e, 'code', type(e).__name__), str(e))


process.run(main)
