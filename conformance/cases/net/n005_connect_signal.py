# net n005 - net.connect with a signal: validation, aborted before connect (IP and named host), during a custom lookup, while connecting, after 'connect' (AbortError with the reason as cause)
import asyncio

from conformance.trace import log
from node_http_agent import AbortController, net, process, timers


def watch(name, s, resolve):
    s.on('lookup', lambda err, address, family, host: log(name, 'lookup', err, address, family))
    s.on('connectionAttempt', lambda ip, port, family: log(name, 'attempt', ip, family))
    s.on('connect', lambda: log(name, 'connect'))
    s.on('error', lambda e: log(name, 'error', e.name, e.code, str(e),
                                e.cause.name if isinstance(e.cause, Exception) else e.cause))

    def onClose(*a):
        log(name, 'close')
        s.removeAllListeners()
        s.on('error', lambda e: None)
        s.destroy()
        timers.setTimeout(resolve, 20)
    s.once('close', onClose)


def slowLookup(hostname, options, callback):
    log('lookup called', hostname)
    timers.setTimeout(lambda: callback(None, [{'address': '127.0.0.1', 'family': 4}]), 30)


def promise():
    future = asyncio.get_running_loop().create_future()
    return future, lambda *a: future.done() or future.set_result(None)


async def main():
    for signal in ['x', {}, 1]:
        try:
            net.connect({'port': 80, 'host': '127.0.0.1', 'signal': signal})
        except Exception as e:
            log('invalid', e.code, str(e))
    server = net.createServer(lambda c: c.end())
    f, resolve = promise()
    server.listen(0, '127.0.0.1', resolve)
    await f
    port = server.address()['port']

    f, resolve = promise()
    ac = AbortController()
    ac.abort()
    watch('before ip', net.connect({'port': port, 'host': '127.0.0.1', 'signal': ac.signal}), resolve)
    await f

    f, resolve = promise()
    ac = AbortController()
    ac.abort('stop')
    watch('before lookup', net.connect({'port': port, 'host': 'svc', 'signal': ac.signal,
                                        'lookup': slowLookup}), resolve)
    await f

    f, resolve = promise()
    ac = AbortController()
    watch('during lookup', net.connect({'port': port, 'host': 'svc', 'signal': ac.signal,
                                        'lookup': slowLookup}), resolve)
    timers.setTimeout(lambda: ac.abort(), 5)
    await f

    f, resolve = promise()
    ac = AbortController()
    watch('connecting', net.connect({'port': port, 'host': '127.0.0.1', 'signal': ac.signal}), resolve)
    process.nextTick(lambda: ac.abort())
    await f

    f, resolve = promise()
    ac = AbortController()
    s = net.connect({'port': port, 'host': '127.0.0.1', 'signal': ac.signal})
    watch('connected', s, resolve)
    s.on('connect', lambda: ac.abort('why'))
    await f
    server.close()


process.run(main)
