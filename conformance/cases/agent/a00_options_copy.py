# §1.1 step 2 - agent.options is a shallow copy: the caller's object is neither kept nor mutated (probe p03)
# conformance: agent
from conformance.trace import log
from node_http_agent import http

o = {'keepAlive': True, 'maxSockets': 2}
agent = http.Agent(o)
log('options is a copy', agent.options is not o)
log('caller object unchanged', o)
log('agent.options', agent.options)
agent.options['timeout'] = 50
log('caller object after agent.options.timeout = 50', o)
o['maxSockets'] = 9
log('agent.maxSockets after caller mutation', agent.maxSockets, 'agent.options.maxSockets', agent.options['maxSockets'])
