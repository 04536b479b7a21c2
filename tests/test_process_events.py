"""``process`` as Node's process object: an EventEmitter with 'uncaughtException',
'unhandledRejection', 'warning', 'beforeExit' and 'exit', exitCode, and the small
properties; getActiveResourcesInfo() and NODE_HTTP_AGENT_DEBUG_HANDLES."""

import os
import subprocess
import sys
import textwrap
import time
import warnings

import pytest

from node_http_agent import errors, events, http, net, process, timers
from node_http_agent.events import EventEmitter
from node_http_agent.process import nextTick

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_the_module_is_the_emitter_and_keeps_its_functions():
    from node_http_agent import process as again
    assert again is process
    assert isinstance(process, EventEmitter)
    assert nextTick is process.nextTick
    assert callable(process.run)
    fn = lambda *a: None  # noqa: E731
    process.on('x-test', fn)
    assert process.listenerCount('x-test') == 1
    process.removeListener('x-test', fn)
    assert process.listenerCount('x-test') == 0


def test_properties():
    assert process.version.startswith('v20.')
    assert process.versions['node'] == process.version[1:]
    assert process.platform == 'linux' if sys.platform.startswith('linux') else True
    assert process.pid == os.getpid() and process.ppid == os.getppid()
    assert process.argv[0] == sys.executable and process.execPath == sys.executable
    assert process.env is os.environ
    seconds, nanos = process.hrtime()
    assert seconds >= 0 and 0 <= nanos < 1_000_000_000
    start = process.hrtime()
    diff = process.hrtime(start)
    assert diff[0] * 1e9 + diff[1] >= 0
    a = process.hrtime.bigint()
    assert isinstance(a, int) and process.hrtime.bigint() >= a
    usage = process.memoryUsage()
    assert set(usage) == {'rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'}
    assert usage['rss'] > 0 and process.memoryUsage.rss() > 0
    assert process.uptime() >= 0 and process.cwd() == os.getcwd()


def test_hrtime_validation():
    with pytest.raises(TypeError) as info:
        process.hrtime(1)
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'
    with pytest.raises(ValueError) as rinfo:
        process.hrtime([1, 2, 3])
    assert rinfo.value.code == 'ERR_OUT_OF_RANGE'


def test_exit_code_validation():
    for bad, code in [('x', 'ERR_INVALID_ARG_TYPE'), (1.5, 'ERR_OUT_OF_RANGE')]:
        with pytest.raises(errors.NodeError) as info:
            process.exitCode = bad
        assert info.value.code == code
    process.exitCode = '0'
    process.exitCode = None
    assert process.exitCode is None


def test_uncaught_exception_listener_keeps_a_server_running():
    seen = []
    served = []

    def handler(req, res):
        served.append(req.url)
        if req.url == '/throw':
            raise RuntimeError('handler failed')
        res.end('ok')

    def main():
        process.on('uncaughtException', lambda err, origin: seen.append((str(err), origin)))
        server = http.createServer(handler)

        def onlisten():
            port = server.address()['port']
            first = http.get({'port': port, 'host': '127.0.0.1', 'path': '/throw',
                              'agent': False})
            first.setTimeout(100, first.destroy)

            def second(*_):
                def onres(res):
                    res.resume()
                    res.on('end', server.close)
                http.get({'port': port, 'host': '127.0.0.1', 'path': '/after', 'agent': False},
                         onres)
            first.on('error', second)
        server.listen(0, '127.0.0.1', onlisten)

    process.run(main)
    assert seen == [('handler failed', 'uncaughtException')]
    assert served == ['/throw', '/after']


def test_a_throwing_uncaught_exception_listener_ends_the_run():
    def main():
        def listener(err, origin):
            raise ValueError('from the listener')
        process.on('uncaughtException', listener)
        timers.setTimeout(lambda: (_ for _ in ()).throw(RuntimeError('first')), 1)
    with pytest.raises(ValueError, match='from the listener'):
        process.run(main)


def test_without_listeners_a_callback_error_still_ends_the_run():
    exits = []

    def main():
        process.on('exit', exits.append)
        nextTick(lambda: (_ for _ in ()).throw(RuntimeError('boom')))
        timers.setTimeout(lambda: None, 5000)
    start = time.monotonic()
    with pytest.raises(RuntimeError, match='boom'):
        process.run(main)
    assert time.monotonic() - start < 2
    assert exits == [1]


def test_unhandled_rejection_of_an_async_main_and_of_a_task():
    reasons = []

    async def main():
        process.on('unhandledRejection', lambda reason, promise: reasons.append(str(reason)))
        raise KeyError('async main')
    assert process.run(main) is None
    assert reasons == ["'async main'"]


def test_unhandled_rejection_falls_back_to_uncaught_exception():
    seen = []

    def main():
        process.on('uncaughtException', lambda err, origin: seen.append((str(err), origin)))
        ee = EventEmitter()

        async def listener():
            raise RuntimeError('rejected')
        ee.on('x', listener)
        ee.emit('x')
    process.run(main)
    assert seen == [('rejected', 'unhandledRejection')]


def test_exit_code_ends_the_program_with_it_after_exit():
    codes = []

    def main():
        process.on('exit', codes.append)
        process.exitCode = 3
    with pytest.raises(SystemExit) as info:
        process.run(main)
    assert info.value.code == 3
    assert codes == [3]
    assert process.exitCode is None  # the next run() is a new process


def test_process_exit_emits_exit_once_and_stops():
    codes = []
    after = []

    def main():
        process.on('exit', codes.append)
        timers.setTimeout(after.append, 1, 'timer')
        process.exit(4)
    with pytest.raises(SystemExit) as info:
        process.run(main)
    assert info.value.code == 4
    assert codes == [4] and after == []


def test_listeners_are_cleared_when_run_returns():
    process.on('exit', lambda code: None)
    process.run(lambda: None)
    assert process.listenerCount('exit') == 0


def test_emit_warning_is_delivered_a_tick_later_and_through_warnings():
    order = []

    def main():
        process.on('warning', lambda w: order.append(('warning', w.name, str(w), w.code)))
        process.emitWarning('careful', 'MyWarning', 'MY_CODE')
        order.append('sync')
    with pytest.warns(UserWarning, match='careful'):
        process.run(main)
    assert order == ['sync', ('warning', 'MyWarning', 'careful', 'MY_CODE')]


def test_max_listeners_warning_goes_through_process_warning():
    got = []

    def main():
        process.on('warning', got.append)
        ee = EventEmitter().setMaxListeners(1)
        ee.on('x', lambda: None)
        ee.on('x', lambda: None)
        assert got == []
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        process.run(main)
    assert isinstance(got[0], events.MaxListenersExceededWarning)
    assert got[0].count == 2


def test_deprecation_switches():
    def main():
        process.noDeprecation = True
        process.emitWarning('old', 'DeprecationWarning')  # dropped
        process.noDeprecation = False
        process.throwDeprecation = True
        with pytest.raises(DeprecationWarning):
            process.emitWarning('old', 'DeprecationWarning')
    process.run(main)


def test_get_active_resources_info():
    seen = {}

    def main():
        t = timers.setTimeout(lambda: None, 50)
        timers.setTimeout(lambda: None, 50).unref()
        timers.setImmediate(lambda: None)
        seen['timers'] = process.getActiveResourcesInfo()
        server = net.createServer()

        def onlisten():
            seen['server'] = process.getActiveResourcesInfo()
            client = net.connect(server.address()['port'], '127.0.0.1')

            def onconnect():
                seen['connected'] = process.getActiveResourcesInfo()
                client.destroy()
                server.close()
                t.close()
            client.on('connect', onconnect)
        server.listen(0, '127.0.0.1', onlisten)
    process.run(main)
    assert seen['timers'] == ['Timeout', 'Immediate']
    # As Node: 'listening' comes on a tick, before the immediate has run.
    assert seen['server'] == ['TCPServerWrap', 'Timeout', 'Immediate']
    assert [r for r in seen['connected'] if r != 'Immediate'] == \
        ['TCPServerWrap', 'TCPSocketWrap', 'TCPSocketWrap', 'Timeout']
    assert process.getActiveResourcesInfo() == []  # no loop running


def test_run_returns_after_a_caught_bad_port():
    code = textwrap.dedent('''
        from node_http_agent import http, process
        def main():
            try:
                http.get({'port': 99999})
            except ValueError as err:
                print(err.code)
        process.run(main)
        print('returned')
    ''')
    out, err = _run_with_limit(code, 5)
    assert (out, err) == ('ERR_SOCKET_BAD_PORT\nreturned\n', '')


def _run_with_limit(code, limit, env=None):
    proc = subprocess.Popen([sys.executable, '-c', code], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, 'PYTHONPATH': ROOT, **(env or {})})
    try:
        out, err = proc.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return out, err + '<killed: still running>'
    return out, err


def test_debug_handles_prints_what_holds_a_finished_program():
    code = textwrap.dedent('''
        from node_http_agent import process, timers
        def main():
            timers.setTimeout(lambda: print('fired'), 1500)
        process.run(main)
    ''')
    out, err = _run_with_limit(code, 10, {'NODE_HTTP_AGENT_DEBUG_HANDLES': '1'})
    assert out == 'fired\n'
    assert "main is done but the process is held by ['Timeout']" in err
