# §1.1/§1.2 - constructor normalisation and defaults: options copy, keepAliveMsecs, maxSockets, maxFreeSockets, scheduling, maxTotalSockets, listeners (probe p03)
# conformance: agent
import math

from conformance.trace import log
from node_http_agent import http


def show(label, a):
    log(label, 'options keys', list(a.options.keys()))
    log(label, 'options', a.options)
    log(label, 'keepAlive', a.keepAlive, 'keepAliveMsecs', a.keepAliveMsecs)
    log(label, 'maxSockets', a.maxSockets, 'is Infinity', a.maxSockets == math.inf)
    log(label, 'maxFreeSockets', a.maxFreeSockets, 'scheduling', a.scheduling)
    log(label, 'maxTotalSockets', a.maxTotalSockets, 'is Infinity', a.maxTotalSockets == math.inf)
    log(label, 'totalSocketCount', a.totalSocketCount, 'defaultPort', a.defaultPort, 'protocol', a.protocol)
    log(label, 'requests', a.requests, 'sockets', a.sockets, 'freeSockets', a.freeSockets)
    log(label, "listenerCount('free')", a.listenerCount('free'), 'eventNames', a.eventNames())


show('new Agent()', http.Agent())
show('{keepAlive,timeout,foo}', http.Agent({'keepAlive': True, 'timeout': 100, 'foo': 1}))
show('all set', http.Agent({
    'keepAlive': True, 'keepAliveMsecs': 500, 'maxSockets': 3, 'maxFreeSockets': 4,
    'maxTotalSockets': 10, 'scheduling': 'fifo',
}))
show('{noDelay:false}', http.Agent({'noDelay': False}))
show('globalAgent', http.globalAgent)
