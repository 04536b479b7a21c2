"""checkIdleSocket: a pooled socket the server already closed is not handed out.

Right after the server closes the idle connection, the next request takes a
socket from the pool before the event loop has noticed the FIN. Node hands it
out and the request fails with "socket hang up"; with ``checkIdleSocket`` the
agent peeks at the socket (non-blocking ``MSG_PEEK``), drops it, and connects
anew.

    python examples/ext_check_idle_socket.py
"""

import asyncio
import socket
import time

from node_http_agent import http, process

OK = b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'
connections = []
connections_closed = {}


class Server(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        connections.append(transport)

    def data_received(self, data):
        if not connections_closed.get(id(self.transport)):
            self.transport.write(OK)  # a request on a connection we closed gets no answer


def request(agent, port, label, done):
    req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent})
    req.on('response', lambda res: (res.resume(), print(
        f'  {label}: {res.statusCode}, reusedSocket={req.reusedSocket}')))
    req.on('error', lambda err: print(f'  {label}: error {err}, reusedSocket={req.reusedSocket}'))
    req.on('close', done)


async def run_with(options):
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Server, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    agent = http.Agent({'keepAlive': True, **options})
    first = loop.create_future()
    request(agent, port, 'first', lambda: first.set_result(None))
    await first
    await asyncio.sleep(0.01)
    second = loop.create_future()

    def server_closes_then_client_reuses():
        # FIN on the idle connection, now (a transport's write_eof() may wait for the loop)
        fd = connections[-1].get_extra_info('socket').fileno()
        with socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM) as dup:
            dup.shutdown(socket.SHUT_WR)
        connections_closed[id(connections[-1])] = True
        time.sleep(0.01)  # it reaches our kernel; the loop has not read it yet
        request(agent, port, 'second', lambda: second.set_result(None))
    loop.call_soon(server_closes_then_client_reuses)
    await second
    agent.destroy()
    server.close()


async def main():
    print("Node's behaviour (no check):")
    await run_with({})
    print('with checkIdleSocket:')
    await run_with({'checkIdleSocket': True})


process.run(main)
