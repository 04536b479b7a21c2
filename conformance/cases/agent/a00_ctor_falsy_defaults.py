# §1.1 step 6 - options normalised with ||: falsy values take the default, nothing but scheduling/maxTotalSockets is validated (probe p02)
# conformance: agent
import math

from conformance.trace import log
from node_http_agent import http


def tryNew(label, opts):
    try:
        a = http.Agent(opts)
        log(label, 'OK', {
            'keepAlive': a.keepAlive, 'keepAliveMsecs': a.keepAliveMsecs, 'maxSockets': a.maxSockets,
            'maxFreeSockets': a.maxFreeSockets, 'scheduling': a.scheduling,
        }, 'maxSockets is Infinity', a.maxSockets == math.inf, 'maxTotalSockets is Infinity', a.maxTotalSockets == math.inf)
    except Exception as e:
        log(label, 'THROW', e.code, str(e))


tryNew('no options', None)
tryNew('null options', None)
tryNew('{}', {})
tryNew('keepAliveMsecs=0', {'keepAliveMsecs': 0})
tryNew('keepAliveMsecs=250', {'keepAliveMsecs': 250})
tryNew('keepAlive="yes"', {'keepAlive': 'yes'})
tryNew('keepAlive=0', {'keepAlive': 0})
tryNew('keepAlive=""', {'keepAlive': ''})
tryNew('maxFreeSockets=0', {'maxFreeSockets': 0})
tryNew('maxFreeSockets=-3', {'maxFreeSockets': -3})
tryNew('timeout="x"', {'timeout': 'x'})
tryNew('timeout=-5', {'timeout': -5})
tryNew('scheduling=""', {'scheduling': ''})
tryNew('scheduling=null', {'scheduling': None})
tryNew('keepAliveMsecs=NaN', {'keepAliveMsecs': math.nan})
tryNew('keepAlive=NaN', {'keepAlive': math.nan})
tryNew('maxFreeSockets=NaN', {'maxFreeSockets': math.nan})
