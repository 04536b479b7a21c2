# net n004 - http.request / an http.Agent (keep-alive) / https.request pass a custom lookup down to net: it is called and its answer used, the socket's 'lookup' event fires
import asyncio
import re

from conformance.trace import log
from node_http_agent import http, https, process


def lookup(hostname, options, callback):
    log('lookup', hostname, options.get('all') is True,
        'number' if options.get('family') is not None else 'undefined')

    def answer():
        if options.get('all'):
            callback(None, [{'address': '127.0.0.1', 'family': 4}])
        else:
            callback(None, '127.0.0.1', 4)
    process.nextTick(answer)


def get(name, options):
    future = asyncio.get_running_loop().create_future()

    def onResponse(res):
        res.setEncoding('utf8')
        body = []
        res.on('data', lambda d: body.append(d))

        def onEnd():
            log(name, 'response', res.statusCode, ''.join(body))
            future.set_result(None)
        res.on('end', onEnd)
    req = http.request(options, onResponse)
    req.on('socket', lambda s: s.on('lookup', lambda err, address, family, host:
                                    log(name, 'socket lookup', err, address, family, host)))

    def onError(e):
        log(name, 'error', e.code, str(e))
        future.set_result(None)
    req.on('error', onError)
    req.end()
    return future


async def main():
    server = http.createServer(lambda req, res: res.end(re.sub(r':\d+$', '', req.headers['host'])))
    listening = asyncio.get_running_loop().create_future()
    server.listen(0, '127.0.0.1', lambda: listening.set_result(None))
    await listening
    port = server.address()['port']
    await get('plain', {'host': 'service.internal', 'port': port, 'lookup': lookup, 'agent': False})
    agent = http.Agent({'keepAlive': True})
    await get('agent', {'host': 'service.internal', 'port': port, 'lookup': lookup, 'agent': agent})
    await get('agent reused', {'host': 'service.internal', 'port': port, 'lookup': lookup,
                               'agent': agent})
    agent.destroy()
    await get('global agent', {'host': 'other.internal', 'port': port, 'lookup': lookup,
                               'family': 4})
    try:
        http.request({'host': 'service.internal', 'port': port, 'lookup': 'nope', 'agent': False})
    except Exception as e:
        log('bad lookup', e.code, str(e))
    done = asyncio.get_running_loop().create_future()
    req = https.request({'host': 'secure.internal', 'port': port, 'lookup': lookup,
                         'agent': False}, lambda res: None)

    def onError(e):
        log('https error', 'string' if isinstance(e.code, str) else 'undefined')
        done.set_result(None)
    req.on('error', onError)
    req.end()
    await done
    server.close()


process.run(main)
