"""Port of Node's test/parallel/test-net-connect-abort-controller.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-connect-abort-controller.js

The mirror's (Node 25) ``events.listenerCount(signal, 'abort')`` counts an
EventTarget's listeners; Node 20's returns 0 for one, so the count is taken
with ``getEventListeners``, which Node 20 has.
"""

import asyncio

import pytest

from node_http_agent import AbortController, net, timers
from node_http_agent.events import getEventListeners, once


def test_net_connect_abort_controller(common, run):
    async def main():
        server = net.createServer()
        listening = asyncio.get_running_loop().create_future()
        server.listen(0, lambda: listening.set_result(None))
        await listening
        port = server.address()['port']
        host = 'localhost'
        liveConnections = set()

        def socketOptions(signal):
            return {'port': port, 'host': host, 'signal': signal}

        def onconnection(connection):
            liveConnections.add(connection)
            connection.on('close', lambda *a: liveConnections.discard(connection))
        server.on('connection', onconnection)

        def listenerCount(signal, type):
            return len(getEventListeners(signal, type))

        async def assertAbort(socket, testName):
            with pytest.raises(Exception) as info:
                await once(socket, 'close')
                pytest.fail(f'close {testName} should have thrown')
            assert info.value.name == 'AbortError'

        async def postAbort():
            ac = AbortController()
            signal = ac.signal
            socket = net.connect(socketOptions(signal))
            assert listenerCount(signal, 'abort') == 1
            ac.abort()
            await assertAbort(socket, 'postAbort')

        async def preAbort():
            ac = AbortController()
            signal = ac.signal
            ac.abort()
            socket = net.connect(socketOptions(signal))
            assert listenerCount(signal, 'abort') == 0
            await assertAbort(socket, 'preAbort')

        async def tickAbort():
            ac = AbortController()
            signal = ac.signal
            timers.setImmediate(ac.abort)
            socket = net.connect(socketOptions(signal))
            assert listenerCount(signal, 'abort') == 1
            await assertAbort(socket, 'tickAbort')

        async def testConstructor():
            ac = AbortController()
            signal = ac.signal
            ac.abort()
            socket = net.Socket(socketOptions(signal))
            assert listenerCount(signal, 'abort') == 0
            await assertAbort(socket, 'testConstructor')

        async def testConstructorPost():
            ac = AbortController()
            signal = ac.signal
            socket = net.Socket(socketOptions(signal))
            assert listenerCount(signal, 'abort') == 1
            ac.abort()
            await assertAbort(socket, 'testConstructorPost')

        async def testConstructorPostTick():
            ac = AbortController()
            signal = ac.signal
            socket = net.Socket(socketOptions(signal))
            assert listenerCount(signal, 'abort') == 1
            timers.setImmediate(ac.abort)
            await assertAbort(socket, 'testConstructorPostTick')

        await postAbort()
        await preAbort()
        await tickAbort()
        await testConstructor()
        await testConstructorPost()
        await testConstructorPostTick()
        # Killing the net.socket without connecting hangs the server.
        for connection in list(liveConnections):
            connection.destroy()
        server.close(common.mustCall())
    run(main)
