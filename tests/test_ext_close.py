"""``await agent.close(timeout)``, ``async with http.Agent(...)`` and
``async with http.createServer(...)`` (docs/extensions.md); ``destroy()`` keeps Node's meaning."""

from __future__ import annotations

import asyncio
from typing import Any

from ext_helpers import MisbehavingServer, Scripted, check_ended_once, get, snapshot

from node_http_agent import http, timers

EMPTY = {'sockets': 0, 'freeSockets': 0, 'requests': 0, 'totalSocketCount': 0}


def test_close_waits_for_in_flight_fails_queued_closes_idle(run):
    out: dict[str, Any] = {}

    async def main() -> None:
        server = MisbehavingServer(lambda c, i: 'slow').listen()  # answers after 40 ms
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1})
        active, rec0 = get(agent, server.port, '/0')
        queued, rec1 = get(agent, server.port, '/1')
        out['before'] = snapshot(agent)
        await agent.close()
        out['closed'] = snapshot(agent)
        late, rec2 = get(agent, server.port, '/2')
        await asyncio.sleep(0.02)
        out['recs'] = (rec0, rec1, rec2)
        out['end'] = snapshot(agent)
        server.close()
    run(main)
    rec0, rec1, rec2 = out['recs']
    for rec in out['recs']:
        check_ended_once(rec, 'request')
    assert rec0['statusCode'] == 200 and rec0['body'] == 'ok'
    assert rec1['errors'][0]['code'] == 'ERR_AGENT_CLOSED'
    assert rec2['errors'][0]['code'] == 'ERR_AGENT_CLOSED'
    assert out['before'] == {'sockets': 1, 'freeSockets': 0, 'requests': 1, 'totalSocketCount': 1}
    assert out['closed'] == EMPTY and out['end'] == EMPTY


def test_close_timeout_destroys_what_is_left(run):
    out: dict[str, Any] = {}

    async def main() -> None:
        server = MisbehavingServer(Scripted('never')).listen()
        agent = http.Agent({'keepAlive': True})
        req, rec = get(agent, server.port)
        await asyncio.sleep(0.01)
        loop = asyncio.get_running_loop()
        started = loop.time()
        await agent.close(timeout=30)
        out['waited'] = loop.time() - started
        await asyncio.sleep(0.01)
        out['rec'] = rec
        out['end'] = snapshot(agent)
        server.close()
    run(main)
    check_ended_once(out['rec'], 'request')
    assert out['rec']['errors'][0]['code'] == 'ECONNRESET'
    assert 0.025 <= out['waited'] < 1
    assert out['end'] == EMPTY


def test_close_of_an_idle_agent_closes_pooled_sockets(run):
    out: dict[str, Any] = {}

    async def main() -> None:
        server = MisbehavingServer().listen()
        agent = http.Agent({'keepAlive': True})
        req, rec = get(agent, server.port)
        await asyncio.sleep(0.02)
        out['pooled'] = snapshot(agent)
        await agent.close()
        out['closed'] = snapshot(agent)
        server.close()
    run(main)
    assert out['pooled']['freeSockets'] == 1
    assert out['closed'] == EMPTY


def test_async_with_agent_and_server(run):
    out: dict[str, Any] = {}

    async def main() -> None:
        async with http.createServer(lambda req, res: res.end('hi')) as server:
            server.listen(0, '127.0.0.1')
            await asyncio.sleep(0.01)
            async with http.Agent({'keepAlive': True}) as agent:
                done = asyncio.get_running_loop().create_future()

                def onres(res: Any) -> None:
                    res.setEncoding('utf8')
                    res.on('data', lambda d: out.setdefault('body', d))
                    res.on('end', lambda: done.set_result(None))
                http.get({'port': server.address()['port'], 'host': '127.0.0.1',
                          'agent': agent}, onres)
                await done
            out['agent'] = snapshot(agent)
        out['listening'] = server.listening
    run(main)
    assert out['body'] == 'hi'
    assert out['agent'] == EMPTY
    assert out['listening'] is False


def test_async_with_server_waits_for_open_requests(run):
    out: dict[str, Any] = {'events': []}

    async def main() -> None:
        def onrequest(req: Any, res: Any) -> None:
            res.on('finish', lambda: out['events'].append('response sent'))
            timers.setTimeout(lambda: res.end('late'), 40)
        async with http.createServer(onrequest) as server:
            server.listen(0, '127.0.0.1')
            await asyncio.sleep(0.01)

            def onres(res: Any) -> None:
                res.resume()
                res.on('end', lambda: out['events'].append('response end'))
            http.get({'port': server.address()['port'], 'host': '127.0.0.1',
                      'agent': False}, onres)
            await asyncio.sleep(0.01)
        out['events'].append('closed')
    run(main)
    # The server's 'close' waits for the open request; the client may read the
    # response's end before or after it (the server closes the connection once sent).
    assert out['events'][0] == 'response sent'
    assert sorted(out['events'][1:]) == ['closed', 'response end']


def test_async_with_server_never_listened(run):
    async def main() -> None:
        async with http.createServer() as server:
            assert server.listening is False
    run(main)


def test_destroy_keeps_nodes_meaning(run):
    """destroy() still kills active sockets at once and leaves queued requests queued."""
    out: dict[str, Any] = {}

    async def main() -> None:
        server = MisbehavingServer(lambda c, i: 'slow').listen()
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1})
        r0, rec0 = get(agent, server.port, '/0')
        r1, rec1 = get(agent, server.port, '/1')
        await asyncio.sleep(0.01)
        agent.destroy()
        await asyncio.sleep(0.1)
        out['recs'] = (rec0, rec1)
        await agent.close()
        server.close()
    run(main)
    rec0, rec1 = out['recs']
    assert rec0['errors'][0]['code'] == 'ECONNRESET'
    assert rec1['statusCode'] == 200  # Node: the queued request gets a socket after the close
