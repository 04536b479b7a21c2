# catalogue 32, §1.7 - maxTotalSockets: null throws ERR_INVALID_ARG_TYPE in Node (probe p02)
# conformance: agent
# conformance: deviation=API.md ruling 1: None stands for both null and undefined, so an option set to None is absent and maxTotalSockets=None is the default (Infinity); Node throws only for an explicit null
import math

from conformance.trace import log
from node_http_agent import http

try:
    a = http.Agent({'maxTotalSockets': None})
    log('OK', a.maxTotalSockets == math.inf)
except Exception as e:
    log('THROW', e.code, str(e))
