# catalogue 31, §1.2 - Agent.defaultMaxSockets (Infinity) is read at construction; later changes affect only new agents (probe p03)
# conformance: agent
import math

from conformance.trace import log
from node_http_agent import http

log('Agent.defaultMaxSockets is Infinity', http.Agent.defaultMaxSockets == math.inf)
before = http.Agent()
http.Agent.defaultMaxSockets = 7
after = http.Agent()
zero = http.Agent({'maxSockets': 0})
given = http.Agent({'maxSockets': 3})
log('created before the change: maxSockets is Infinity', before.maxSockets == math.inf)
log('created after the change: maxSockets', after.maxSockets)
log('maxSockets: 0 after the change', zero.maxSockets)
log('maxSockets: 3 after the change', given.maxSockets)
http.Agent.defaultMaxSockets = math.inf
log('after restoring: new Agent().maxSockets is Infinity', http.Agent().maxSockets == math.inf)
log('the agent created at 7 keeps', after.maxSockets)
