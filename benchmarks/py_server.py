"""A fast fixed-answer HTTP/1.1 server: the stand-in for node_server.js when Node is absent.

A bare asyncio Protocol (on uvloop when it imports) that answers GET requests
with pre-built bytes, so the server costs as little as Python allows; it is
not our ``http.Server``. Same paths as node_server.js:

    GET /         -> 200, "hello world" (11 bytes)
    GET /big      -> 200, BIG_BYTES bytes of 'x' (default 16384)
    GET /__conns  -> how many TCP connections were accepted so far

Keep-alive unless the request says ``Connection: close``. While holding
(from the start with ``--hold``, or after ``GET /__hold``) every other request
stays unanswered until some connection sends ``GET /__release``; then the
held ones are answered in order (bench_pool_scale.py queues requests so).

    python benchmarks/py_server.py [--port 0] [--big 16384] [--hold]

Prints ``listening PORT`` once bound; exits when stdin closes, on SIGTERM, or
after SERVER_MAX_S seconds (default 1800).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys

SMALL = b'hello world'


def response(body: bytes, close: bool = False) -> bytes:
    head = (b'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: '
            + str(len(body)).encode()
            + (b'\r\nConnection: close\r\n\r\n' if close else b'\r\nConnection: keep-alive\r\n\r\n'))
    return head + body


class State:
    def __init__(self, big: int, hold: bool) -> None:
        self.connections = 0
        self.answers = {b'/': SMALL, b'/big': b'x' * big}
        self.keep = {path: response(body) for path, body in self.answers.items()}
        self.close = {path: response(body, True) for path, body in self.answers.items()}
        self.holding = hold
        self.held: list[tuple[FixedAnswerProtocol, bytes, bool]] = []

    def release(self) -> None:
        self.holding = False
        held, self.held = self.held, []
        for protocol, data, close in held:
            protocol.send(data, close)


class FixedAnswerProtocol(asyncio.Protocol):
    def __init__(self, state: State) -> None:
        self.state = state
        self.buffer = b''
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.state.connections += 1
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        state = self.state
        while True:
            end = buffer.find(b'\r\n\r\n')
            if end < 0:
                break
            head = buffer[:end]
            buffer = buffer[end + 4:]
            first = head.split(b'\r\n', 1)[0].split(b' ')
            path = first[1] if len(first) > 1 else b'/'
            close = b'connection: close' in head.lower()
            if path == b'/__conns':
                self.send(response(str(state.connections).encode(), close), close)
                continue
            if path == b'/__hold':
                state.holding = True
                self.send(response(b'holding', close), close)
                continue
            if path == b'/__release':
                state.release()
                self.send(response(b'released', close), close)
                continue
            table = state.close if close else state.keep
            answer = table.get(path) or table[b'/']
            if state.holding:
                state.held.append((self, answer, close))
                continue
            self.send(answer, close)
        self.buffer = buffer

    def send(self, data: bytes, close: bool = False) -> None:
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        transport.write(data)
        if close:
            transport.close()

    def connection_lost(self, exc: BaseException | None) -> None:
        self.transport = None


async def serve(port: int, big: int, hold: bool) -> None:
    loop = asyncio.get_running_loop()
    state = State(big, hold)
    server = await loop.create_server(lambda: FixedAnswerProtocol(state), '127.0.0.1', port,
                                      backlog=4096)
    bound = server.sockets[0].getsockname()[1]
    sys.stdout.write(f'listening {bound}\n')
    sys.stdout.flush()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)

    def stdin_closed() -> None:
        if not os.read(0, 4096):
            loop.remove_reader(0)
            stop.set()
    try:
        loop.add_reader(0, stdin_closed)
    except (OSError, ValueError, NotImplementedError):
        pass
    try:
        await asyncio.wait_for(stop.wait(), float(os.environ.get('SERVER_MAX_S', '1800')))
    except asyncio.TimeoutError:
        pass
    server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--port', type=int, default=0)
    parser.add_argument('--big', type=int, default=16384)
    parser.add_argument('--hold', action='store_true')
    parser.add_argument('--loop', choices=['auto', 'asyncio', 'uvloop'], default='auto')
    args = parser.parse_args()
    factory = asyncio.new_event_loop
    if args.loop != 'asyncio':
        try:
            import uvloop
            factory = uvloop.new_event_loop
        except ImportError:
            if args.loop == 'uvloop':
                raise
    loop = factory()
    try:
        loop.run_until_complete(serve(args.port, args.big, args.hold))
    finally:
        loop.close()


if __name__ == '__main__':
    main()
