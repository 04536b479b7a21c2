# stream Readable[Symbol.asyncIterator] on IncomingMessage: for await (const chunk of res) reads the whole body
from conformance.trace import log
from node_http_agent import http, net, process
from node_http_agent.events import once


def onconnection(sock):
    sock.once('data', lambda d: sock.end(
        'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
        '3\r\nabc\r\n3\r\ndef\r\n0\r\n\r\n'))


async def main():
    server = net.createServer(onconnection)
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    port = server.address()['port']
    req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False})
    [res] = await once(req, 'response')
    log('status', res.statusCode)
    body = ''
    async for chunk in res:
        body += chunk.decode()
    log('body', body, 'complete', res.complete, 'readableEnded', res.readableEnded)
    server.close()


process.run(main)
