# catalogue 56 - test-http-keep-alive-timeout-race-condition.js: blocking the loop past the server's keepAliveTimeout between two requests, the second still succeeds
# conformance: agent
# conformance: timeout=15
import asyncio
import time

from conformance.trace import log
from node_http_agent import http, process


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


def makeRequest(port, agent):
    def executor(resolve, reject):
        def onresponse(res):
            res.resume()
            res.on('end', lambda: resolve(req.reusedSocket))
        req = http.get({'host': '127.0.0.1', 'path': '/', 'port': port, 'agent': agent}, onresponse)
        req.on('error', lambda e: reject(e))
    return Promise(executor)


def main():
    served = 0

    def handler(req, res):
        nonlocal served
        served += 1
        body = 'hello world\n'
        res.writeHead(200, {'Content-Length': len(body)})
        res.write(body)
        res.end()
    server = http.createServer({'keepAliveTimeout': 2000, 'keepAlive': True}, handler)

    agent = http.Agent({'maxSockets': 5, 'keepAlive': True})

    async def onlistening():
        port = server.address()['port']
        log('first reusedSocket', await makeRequest(port, agent))
        # Block the event loop for 2 seconds.
        time.sleep(2)
        try:
            log('second reusedSocket', await makeRequest(port, agent))
        except Exception as e:
            log('second request error', e.code)
        log('served', served)
        server.close()
        agent.destroy()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
