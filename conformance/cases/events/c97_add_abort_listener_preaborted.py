# catalogue 97 - (probe ee-22) v20.20.2: an already-aborted signal queues the listener (no arguments); dispose does not cancel it
from conformance.trace import log
from node_http_agent import AbortSignal, events, process


def main():
    d = events.addAbortListener(AbortSignal.abort(), lambda *args: log('pre-aborted listener ran with', len(args), 'arguments'))
    d.dispose()
    log('sync code after addAbortListener')


process.run(main)
