# catalogue 90 - test-https-agent-keylog.js (probe p16): the agent emits 'keylog' only once someone listens, for sockets it creates after that; a reused socket does no handshake
# conformance: agent
import asyncio

from conformance.trace import log
from node_http_agent import https, process, timers

key = open('../https/fixtures/server-key.pem', 'rb').read()
cert = open('../https/fixtures/server-cert.pem', 'rb').read()


def Promise(executor):
    fut = asyncio.get_running_loop().create_future()

    def resolve(value=None):
        if not fut.done():
            fut.set_result(value)
    executor(resolve)
    return fut


def main():
    serverLines = 0
    server = https.createServer({
        'key': key,
        'cert': cert,
        # The number of keylog events depends on the negotiated protocol version, so force one.
        'minVersion': 'TLSv1.3',
        'maxVersion': 'TLSv1.3',
    }, lambda req, res: res.end('bye'))

    def onserverkeylog(*args):
        nonlocal serverLines
        serverLines += 1
    server.on('keylog', onserverkeylog)

    async def onlistening():
        port = server.address()['port']
        agent = https.Agent({'keepAlive': True})

        def get():
            def executor(resolve):
                def onresponse(res):
                    res.resume()
                    res.on('end', lambda: timers.setImmediate(resolve, req))
                req = https.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'rejectUnauthorized': False}, onresponse)
            return Promise(executor)
        r1 = await get()
        log('request 1 (no agent listener): reusedSocket', r1.reusedSocket, 'server keylog lines', serverLines)
        lines = 0
        labels = {}
        socketOk = True

        def onkeylog(line, tlsSocket):
            nonlocal lines, socketOk
            lines += 1
            labels[line.decode('latin1').split(' ')[0]] = True
            if not isinstance(line, bytes) or tlsSocket.encrypted is not True:
                socketOk = False
        agent.on('keylog', onkeylog)
        r2 = await get()
        log('request 2 (listener added while idle): reusedSocket', r2.reusedSocket, 'agent keylog lines', lines)
        agent.destroy()
        await Promise(lambda resolve: timers.setTimeout(resolve, 20))
        before = serverLines
        r3 = await get()
        log('request 3 (new socket): reusedSocket', r3.reusedSocket, 'agent keylog lines', lines, 'server lines for it', serverLines - before, 'args ok', socketOk)
        log('labels', sorted(labels))
        agent.destroy()
        server.close()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
