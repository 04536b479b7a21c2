"""node_http_agent.diagnostics_channel: what the conformance cases (conformance/cases/diagnostics/)
cannot show — weak holding, contextvars stores, uncaught subscriber errors, zero cost."""

import contextvars
import gc

import pytest

from node_http_agent import diagnostics_channel as dc
from node_http_agent import http, process
from node_http_agent.util import Symbol


def test_channel_held_weakly_until_subscribed():
    ch = dc.channel('test.weak')
    del ch
    gc.collect()
    assert 'test.weak' not in dc._channels  # nobody held it: gone, as Node's WeakRefMap
    fn = lambda msg, name: None  # noqa: E731
    dc.subscribe('test.weak2', fn)
    gc.collect()
    assert dc.hasSubscribers('test.weak2')  # a subscriber holds it strongly
    assert dc.unsubscribe('test.weak2', fn) is True
    gc.collect()
    assert not dc.hasSubscribers('test.weak2')
    assert 'test.weak2' not in dc._channels


def test_symbol_names_and_bad_names():
    sym = Symbol('mine')
    ch = dc.channel(sym)
    assert dc.channel(sym) is ch and ch.name is sym
    with pytest.raises(TypeError) as info:
        dc.channel(1)
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'
    assert dc.hasSubscribers(1) is False


def test_contextvar_store():
    var = contextvars.ContextVar('test_dc_store', default='none')
    ch = dc.channel('test.store')
    ch.bindStore(var, lambda msg: f'req-{msg["id"]}')
    seen = []
    ch.subscribe(lambda msg, name: seen.append(('sub', var.get())))
    result = ch.runStores({'id': 7}, lambda a: (seen.append(('fn', var.get())), a)[1], None, 'r')
    assert result == 'r'
    assert seen == [('sub', 'req-7'), ('fn', 'req-7')]
    assert var.get() == 'none'
    assert ch.unbindStore(var) is True


def test_subscriber_error_is_uncaught_after_the_others_ran():
    ch = dc.channel('test.raise')
    calls = []

    def bad(msg, name):
        raise RuntimeError('subscriber failed')
    ch.subscribe(bad)
    ch.subscribe(lambda msg, name: calls.append(msg))

    def main():
        ch.publish('m')
        calls.append('after publish')  # publish itself does not raise

    try:
        with pytest.raises(RuntimeError, match='subscriber failed'):
            process.run(main)
        assert calls == ['m', 'after publish']
    finally:
        ch.unsubscribe(bad)


def test_no_subscriber_means_no_publish(run):
    """Zero cost: with nobody subscribed, publishers only read ``hasSubscribers``."""
    builtins = [dc.httpClientRequestStart, dc.httpClientRequestError, dc.httpClientResponseFinish,
                dc.httpServerRequestStart, dc.httpServerResponseFinish, dc.netClientSocket,
                dc.netServerSocket, dc.netServerListen.asyncStart, dc.netServerListen.asyncEnd]
    for ch in builtins:
        assert not ch.hasSubscribers

    def boom(*args):
        raise AssertionError('published with no subscriber')
    for ch in builtins:
        ch.publish = boom
    try:
        def main():
            server = http.createServer(lambda req, res: res.end('ok'))

            def listening():
                def onres(res):
                    res.resume()
                    res.on('end', lambda: server.close())
                http.get({'port': server.address()['port'], 'agent': False}, onres)
            server.listen(0, '127.0.0.1', listening)
        run(main)
    finally:
        for ch in builtins:
            del ch.publish


def test_tracing_without_subscribers_returns_the_plain_result():
    tc = dc.tracingChannel('test.fast')
    # No subscriber: the function's own result comes back, not a wrapper.
    marker = object()
    assert tc.traceSync(lambda: marker) is marker
    assert tc.tracePromise(lambda: marker) is marker
    assert tc.traceCallback(lambda cb: marker, 0, None, None, lambda *a: None) is marker
