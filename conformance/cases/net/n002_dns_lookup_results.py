# net n002 - dns.lookup results: IP literals in a tick, 'localhost' (family 4), ENOTFOUND's fields, all:true, promises
import asyncio

from conformance.trace import log
from node_http_agent import dns, process

FIELDS = ('errno', 'code', 'syscall', 'hostname')


async def main():
    dns.lookup('127.0.0.1', lambda err, address, family: log('literal', err, address, family))
    dns.lookup('::1', {'all': True}, lambda err, all: log('literal all', err, all))
    process.nextTick(lambda: log('tick queued after'))
    log('sync end')
    loop = asyncio.get_running_loop()

    f = loop.create_future()

    def cb1(err, address, family):
        log('localhost', err, address, family)
        f.set_result(None)
    dns.lookup('localhost', 4, cb1)
    await f

    f = loop.create_future()

    def cb2(err, all):
        log('localhost all', err, all)
        f.set_result(None)
    dns.lookup('localhost', {'family': 'IPv4', 'all': True}, cb2)
    await f

    f = loop.create_future()

    def cb3(err, address=None, family=None):
        log('nx', 'Error', err.code, err.errno, err.syscall, err.hostname, str(err),
            sorted(k for k in FIELDS if getattr(err, k, None) is not None), address, family)
        f.set_result(None)
    dns.lookup('no-such-host.invalid', cb3)
    await f

    f = loop.create_future()

    def cb4(err, all=None):
        log('nx all', err.code, all)
        f.set_result(None)
    dns.lookup('no-such-host.invalid', {'all': True}, cb4)
    await f

    log('p', await dns.promises.lookup('localhost', 4))
    log('p all', await dns.promises.lookup('127.0.0.1', {'all': True}))
    try:
        await dns.promises.lookup('no-such-host.invalid')
    except Exception as e:
        log('p nx', e.code, e.errno, e.syscall, e.hostname, str(e))
    p = dns.promises.lookup('::1')
    log('p literal', await p)
    log('req', 'object' if dns.lookup('localhost', lambda *a: log('done')) is not None else 'undefined')


process.run(main)
