# net n007 - The socket's 'lookup' event and lookup failures: a resolver error, the system resolver's ENOTFOUND, an IP host (lookup not called), family 6 passed to the lookup, bad answers
import asyncio
import re

from conformance.trace import log
from node_http_agent import net, process


def run(name, options):
    future = asyncio.get_running_loop().create_future()
    s = net.connect(options)
    s.on('lookup', lambda err, address, family, host:
         log(name, 'lookup', err and err.code, address, family, host))
    s.on('connectionAttempt', lambda ip, port, family: log(name, 'attempt', ip, family))

    def onconnect():
        log(name, 'connect', s.remoteFamily)
        s.destroy()
    s.on('connect', onconnect)
    s.on('error', lambda e: log(name, 'error', e.name, e.code, re.sub(r':\d+$', ':PORT', str(e)),
                                getattr(e, 'syscall', None), getattr(e, 'hostname', None)))
    s.on('close', lambda *a: future.done() or future.set_result(None))
    return future


class LookupError_(Exception):
    name = 'Error'


async def main():
    server = net.createServer(lambda c: c.destroy())
    listening = asyncio.get_running_loop().create_future()
    server.listen(0, '::1', lambda: listening.set_result(None))
    await listening
    port = server.address()['port']

    def failing(hostname, options, cb):
        err = LookupError_(f'getaddrinfo EAI_AGAIN {hostname}')
        err.code = 'EAI_AGAIN'
        process.nextTick(cb, err)
    await run('resolver error', {'port': port, 'host': 'svc.test', 'lookup': failing})
    await run('resolver error (no autoSelectFamily)',
              {'port': port, 'host': 'svc.test', 'lookup': failing, 'autoSelectFamily': False})
    await run('system ENOTFOUND', {'port': port, 'host': 'no-such-host.invalid'})
    await run('ip host', {'port': port, 'host': '::1',
                          'lookup': lambda *a: log('lookup must not be called')})

    def family6(hostname, options, cb):
        log('lookup options', options)
        cb(None, '::1', 6)
    await run('family 6', {'port': port, 'host': 'svc.test', 'family': 6, 'lookup': family6})
    await run('bad address', {'port': port, 'host': 'svc.test', 'family': 4,
                              'lookup': lambda h, o, cb: cb(None, 'not-an-ip', 4)})
    await run('bad family', {'port': port, 'host': 'svc.test', 'family': 4,
                             'lookup': lambda h, o, cb: cb(None, '::1', 7)})
    await run('all bad', {'port': port, 'host': 'svc.test',
                          'lookup': lambda h, o, cb: cb(None, [{'address': 'x', 'family': 4}])})
    server.close()


process.run(main)
