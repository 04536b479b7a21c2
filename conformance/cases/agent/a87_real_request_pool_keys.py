# catalogue 87 - probe p17: on real requests localAddress, family, socketPath and hostname/host give the pool keys Node computes
# conformance: agent
import asyncio
import os
import tempfile

from conformance.trace import log
from node_http_agent import http, process, timers


def Promise(executor):
    fut = asyncio.get_running_loop().create_future()

    def resolve(value=None):
        if not fut.done():
            fut.set_result(value)

    def reject(err):
        if not fut.done():
            fut.set_exception(err)
    executor(resolve, reject)
    return fut


def main():
    sockPath = os.path.join(tempfile.gettempdir(), f'agent-a87-{os.getpid()}.sock')
    try:
        os.unlink(sockPath)
    except OSError:
        pass
    server = http.createServer(lambda req, res: res.end('ok'))
    userv = http.createServer(lambda req, res: res.end('unix'))

    async def onunixlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})

        def clean(k):
            return k.replace(sockPath, '<sock>').replace(str(port), 'PORT')

        def get(opts):
            def executor(resolve, reject):
                def onresponse(res):
                    res.resume()
                    res.on('end', lambda: timers.setImmediate(resolve, req))
                req = http.get({'agent': agent, **opts}, onresponse)
                req.on('error', reject)
            return Promise(executor)
        await get({'host': '127.0.0.1', 'port': port})
        await get({'host': '127.0.0.1', 'port': port, 'localAddress': '127.0.0.1'})
        await get({'host': '127.0.0.1', 'port': port, 'family': 4})
        await get({'hostname': '127.0.0.1', 'port': port})
        await get({'socketPath': sockPath, 'path': '/x'})
        log('freeSockets', {clean(k): len(v) for k, v in agent.freeSockets.items()})
        agent.destroy()
        server.close()
        userv.close()
    server.listen(0, '127.0.0.1', lambda: userv.listen(sockPath, onunixlistening))


process.run(main)
