# catalogue 41, §1.7 - invalid scheduling throws ERR_INVALID_ARG_VALUE (case-sensitive); a falsy value becomes 'lifo' (test-http-agent-scheduling.js, probe p02)
# conformance: agent
from conformance.trace import log
from node_http_agent import http


def tryNew(label, opts):
    try:
        a = http.Agent(opts)
        log(label, 'OK', a.scheduling)
    except Exception as e:
        log(label, 'THROW', 'TypeError', isinstance(e, TypeError), e.code, str(e))


tryNew('omitted', {})
tryNew('"fifo"', {'scheduling': 'fifo'})
tryNew('"lifo"', {'scheduling': 'lifo'})
tryNew('""', {'scheduling': ''})
tryNew('null', {'scheduling': None})
tryNew('0', {'scheduling': 0})
tryNew('false', {'scheduling': False})
tryNew('"filo"', {'scheduling': 'filo'})
tryNew('"FIFO"', {'scheduling': 'FIFO'})
tryNew('1', {'scheduling': 1})
tryNew('true', {'scheduling': True})
tryNew('"fifo "', {'scheduling': 'fifo '})
