# net n003 - Happy Eyeballs (autoSelectFamily, on by default): 'localhost' resolved by a caching lookup function to ::1 and 127.0.0.1, a server on only one family, then on none (AggregateError)
import asyncio
import re

from conformance.trace import log
from node_http_agent import dns, net, process

# A caching resolver as a DNS-caching agent has it: fixed answers, dns.lookup otherwise.
table = {'localhost': [{'address': '::1', 'family': 6}, {'address': '127.0.0.1', 'family': 4}]}
lookups = 0


def cachingLookup(hostname, options, callback):
    global lookups
    lookups += 1
    log('lookup called', hostname, options)
    cached = table.get(hostname)
    if not cached:
        return dns.lookup(hostname, options, callback)
    answers = [a for a in cached if not options.get('family') or a['family'] == options['family']]

    def answer():
        if options.get('all'):
            callback(None, answers)
        else:
            callback(None, answers[0]['address'], answers[0]['family'])
    process.nextTick(answer)


def attempt(name, port, extra=None):
    future = asyncio.get_running_loop().create_future()
    s = net.connect({'port': port, 'host': 'localhost', 'lookup': cachingLookup, **(extra or {})})
    s.on('lookup', lambda err, address, family, host: log(name, 'lookup', err, address, family, host))
    s.on('connectionAttempt', lambda ip, p, family: log(name, 'attempt', ip, p == port, family))
    s.on('connectionAttemptFailed', lambda ip, p, family, err:
         log(name, 'attempt failed', ip, p == port, family, err.code, err.syscall, err.address))
    s.on('connectionAttemptTimeout', lambda ip, p, family: log(name, 'attempt timeout', ip, family))

    def onConnect():
        log(name, 'connect', s.remoteAddress, s.remoteFamily, s.remotePort == port,
            [re.sub(r':\d+$', ':PORT', a) for a in (s.autoSelectFamilyAttemptedAddresses or [])])
        s.end()
    s.on('connect', onConnect)
    s.on('data', lambda d: log(name, 'data', d.decode()))

    def onError(err):
        errs = getattr(err, 'errors', None)
        log(name, 'error', err.name, err.code, '"' + re.sub(r':\d+$', ':PORT', str(err)) + '"',
            errs and [[e.code, e.syscall, e.address] for e in errs])
    s.on('error', onError)

    def onClose(hadError):
        log(name, 'close', hadError)
        future.set_result(None)
    s.on('close', onClose)
    return future


def listen(host):
    future = asyncio.get_running_loop().create_future()
    server = net.createServer(lambda c: c.end('hello from ' + host))
    server.listen(0, host, lambda: future.set_result(server))
    return future


async def main():
    log('defaults', net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout())
    v4 = await listen('127.0.0.1')
    await attempt('v4 only', v4.address()['port'])
    await attempt('family 4', v4.address()['port'], {'family': 4})
    await attempt('off', v4.address()['port'], {'autoSelectFamily': False})
    port = v4.address()['port']
    closed = asyncio.get_running_loop().create_future()
    v4.close(lambda *a: closed.set_result(None))
    await closed
    v6 = await listen('::1')
    await attempt('v6 only', v6.address()['port'])
    closed = asyncio.get_running_loop().create_future()
    v6.close(lambda *a: closed.set_result(None))
    await closed
    await attempt('none', port)
    log('lookups', lookups)


process.run(main)
