"""Node's process lifetime under ``process.run``, nextTick order, timers ref/unref."""

import asyncio
import time

import pytest

from node_http_agent import errors, events, net, process, timers


def test_run_returns_mains_value_and_waits_for_ref_timers():
    order = []

    def main():
        timers.setTimeout(order.append, 30, 'timer')
        order.append('main')
        return 42

    assert process.run(main) == 42
    assert order == ['main', 'timer']


def test_unref_timer_does_not_keep_run_alive():
    fired = []

    def main():
        timers.setTimeout(fired.append, 5000, 'late').unref()

    start = time.monotonic()
    process.run(main)
    assert fired == []
    assert time.monotonic() - start < 1


def test_ref_after_unref_keeps_it_alive_again():
    fired = []

    def main():
        t = timers.setTimeout(fired.append, 20, 'x')
        t.unref()
        assert t.hasRef() is False
        t.ref()
        assert t.hasRef() is True

    process.run(main)
    assert fired == ['x']


def test_plain_asyncio_timers_keep_it_alive():
    fired = []

    def main():
        asyncio.get_running_loop().call_later(0.03, fired.append, 'call_later')

    process.run(main)
    assert fired == ['call_later']


def test_queued_immediates_keep_it_alive():
    # Nothing ref'd is left while these are queued: only the loop's ready queue
    # shows them, and uvloop's is hidden, so run() counts them itself.
    order = []

    def main():
        def chain(n):
            order.append(n)
            if n < 10:
                timers.setImmediate(chain, n + 1)
        timers.setImmediate(chain, 1)

    process.run(main)
    assert order == list(range(1, 11))


def test_pending_close_events_keep_it_alive():
    closed = []

    def main():
        def chain(n):
            sock = net.Socket()
            sock.on('close', lambda *a: (closed.append(n), n < 5 and chain(n + 1)))
            sock.destroy()
        chain(1)

    process.run(main)
    assert closed == [1, 2, 3, 4, 5]


def test_cleared_immediate_does_not_keep_it_alive(run):
    fired = []

    def main():
        timers.clearImmediate(timers.setImmediate(fired.append, 'x'))

    run(main, timeout=2)
    assert fired == []


def test_next_tick_is_fifo_and_before_timers():
    order = []

    def main():
        timers.setTimeout(order.append, 0, 'timeout')
        timers.setImmediate(order.append, 'immediate')
        process.nextTick(order.append, 'tick1')
        process.nextTick(lambda: (order.append('tick2'), process.nextTick(order.append, 'tick3')))

    process.run(main)
    assert order[:3] == ['tick1', 'tick2', 'tick3']
    assert set(order[3:]) == {'timeout', 'immediate'}


def test_interval_runs_until_cleared():
    count = []

    def main():
        def tick():
            count.append(1)
            if len(count) == 3:
                timers.clearInterval(handle)
        handle = timers.setInterval(tick, 5)

    process.run(main)
    assert len(count) == 3


def test_exception_in_callback_ends_run_by_raising_it():
    def main():
        def boom():
            raise KeyError('from a callback')
        timers.setTimeout(boom, 1)
        timers.setTimeout(lambda: None, 10_000)  # would keep it alive otherwise

    start = time.monotonic()
    with pytest.raises(KeyError):
        process.run(main)
    assert time.monotonic() - start < 2


def test_pending_future_nothing_can_resolve_is_abandoned():
    def main():
        async def waits_forever():
            await asyncio.get_running_loop().create_future()
        asyncio.ensure_future(waits_forever())
        return 'done'

    assert process.run(main) == 'done'


def test_listening_server_keeps_run_alive_until_closed_and_unref_releases():
    def main():
        server = net.createServer()
        server.listen(0, '127.0.0.1', lambda: timers.setTimeout(server.close, 20))

    start = time.monotonic()
    process.run(main)
    assert time.monotonic() - start >= 0.015

    def main2():
        net.createServer().listen(0, '127.0.0.1').unref()

    process.run(main2)


def test_unhandled_rejection_from_listener_fails_run():
    def main():
        ee = events.EventEmitter()

        async def bad(*args):
            raise RuntimeError('rejected')
        ee.on('x', bad)
        ee.emit('x')

    with pytest.raises(RuntimeError, match='rejected'):
        process.run(main)


def test_calls_that_need_a_loop_say_so_without_one():
    with pytest.raises(errors.NodeError) as info:
        process.nextTick(print)
    assert info.value.code == 'ERR_NO_RUNNING_LOOP'
    with pytest.raises(errors.NodeError):
        events.once(events.EventEmitter(), 'x')


def test_next_tick_validates_its_callback():
    def main():
        with pytest.raises(TypeError) as info:
            process.nextTick(None)
        assert info.value.code == 'ERR_INVALID_ARG_TYPE'
        assert str(info.value) == ('The "callback" argument must be of type function. '
                                   'Received null')

    process.run(main)
