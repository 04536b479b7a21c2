"""Fixtures of the fault tests (issue 6): a warm-up run so fd counts start from a steady state."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope='session', autouse=True)
def _warm_up_loop() -> None:
    """One request under ``process.run`` before any fault test.

    The first loop of a process opens a few fds for good (uvloop/libuv global
    state), which would read as a leak in the first test's before/after count.
    """
    from misbehaving_server import MisbehavingServer

    from node_http_agent import http, process

    def main() -> None:
        server = MisbehavingServer().listen()
        agent = http.Agent({'keepAlive': True})

        def onresponse(res: Any) -> None:
            res.resume()

            def end(*_: Any) -> None:
                agent.destroy()
                server.close()
            res.on('end', end)
        http.get({'host': '127.0.0.1', 'port': server.port, 'agent': agent}, onresponse)

    process.run(main)
