# audit: net.js L578 setStreamTimeout (stream_base_commons): destroyed -> return; getTimerDuration('msecs'); validateFunction(callback)
import math

from conformance.trace import log
from node_http_agent import net, process


def main():
    s = net.Socket()
    for t in [-1, math.inf, math.nan]:
        try:
            s.setTimeout(t)
            log('accepted')
        except Exception as e:
            log(e.code, str(e))
    try:
        s.setTimeout(10, 'x')
        log('accepted')
    except Exception as e:
        log(e.code, str(e))
    s.setTimeout(0)
    s.destroy()
    try:
        s.setTimeout(-1)
        log('destroyed: ignored', s.timeout)
    except Exception as e:
        log(e.code, str(e))


process.run(main)
