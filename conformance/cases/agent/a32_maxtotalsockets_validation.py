# catalogue 32, §1.7 - maxTotalSockets validation: validateNumber(v, 'maxTotalSockets', 1), exact v20 messages (test-http-agent-maxtotalsockets.js, probe p02)
# conformance: agent
import math

from conformance.trace import log
from node_http_agent import http


def tryNew(label, opts):
    try:
        a = http.Agent(opts)
        log(label, 'OK', a.maxTotalSockets, 'is Infinity', a.maxTotalSockets == math.inf)
    except Exception as e:
        log(label, 'THROW', 'TypeError', isinstance(e, TypeError), 'RangeError', isinstance(e, ValueError), e.code, str(e))


tryNew('"test"', {'maxTotalSockets': 'test'})
tryNew('"2"', {'maxTotalSockets': '2'})
tryNew('true', {'maxTotalSockets': True})
tryNew('NaN', {'maxTotalSockets': math.nan})
tryNew('-1', {'maxTotalSockets': -1})
tryNew('0', {'maxTotalSockets': 0})
tryNew('0.5', {'maxTotalSockets': 0.5})
tryNew('1', {'maxTotalSockets': 1})
tryNew('1.5', {'maxTotalSockets': 1.5})
tryNew('2', {'maxTotalSockets': 2})
tryNew('Infinity', {'maxTotalSockets': math.inf})
tryNew('-Infinity', {'maxTotalSockets': -math.inf})
tryNew('omitted', {})
tryNew('scheduling checked first', {'scheduling': 'bad', 'maxTotalSockets': 0})
