# catalogue 31 - falsy maxSockets (0, NaN) becomes Agent.defaultMaxSockets; negative or non-number values are stored unchecked (probe p02)
# conformance: agent
import math

from conformance.trace import log
from node_http_agent import http

for label, value in [['0', 0], ['NaN', math.nan], ['-1', -1], ['"x"', 'x'], ['2.5', 2.5], ['1', 1]]:
    a = http.Agent({'maxSockets': value})
    log('maxSockets=' + label, '->', a.maxSockets, 'is Infinity', a.maxSockets == math.inf)
