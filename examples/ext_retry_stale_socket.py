"""retryStaleSocket: the keep-alive race made harmless for idempotent requests.

The server below answers one request per connection and then silently drops
the connection when the next request arrives (as a server whose idle timeout
just fired does). A GET that meets the dead socket is sent again on a new one
(a 'retry' event, then one 'response'); a POST is never sent twice: its
caller sees the ECONNRESET, as in Node.

    python examples/ext_retry_stale_socket.py
"""

import asyncio

from node_http_agent import http, process

OK = b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'


class OneRequestPerConnection(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport, self.answered = transport, False

    def data_received(self, data):
        if b'\r\n\r\n' not in data:
            return
        if self.answered:
            self.transport.close()  # the second request: drop the connection unanswered
        else:
            self.answered = True
            self.transport.write(OK)


def send(agent, port, method, done):
    req = http.request({'host': '127.0.0.1', 'port': port, 'method': method, 'agent': agent})
    req.on('retry', lambda err, n: print(f'  {method}: retry #{n} after {err.code}'))
    req.on('response', lambda res: (print(f'  {method}: response {res.statusCode}'), res.resume()))
    req.on('error', lambda err: print(f'  {method}: error {err.code} ({err})'))
    req.on('close', lambda: done())
    req.end(b'body' if method == 'POST' else None)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(OneRequestPerConnection, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    agent = http.Agent({'keepAlive': True, 'maxSockets': 1, 'retryStaleSocket': True})
    for method in ('GET', 'POST'):
        print(f'{method} twice over one keep-alive socket:')
        for _ in range(2):
            finished = loop.create_future()
            send(agent, port, method, lambda f=finished: f.done() or f.set_result(None))
            await finished
            await asyncio.sleep(0.01)
    await agent.close()
    server.close()


process.run(main)
