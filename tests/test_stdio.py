"""process.stdout / process.stderr: SyncWriteStream-like Writables over fd 1/2.

Each test runs a small program in a subprocess so fd 1 and 2 are its own.
"""

import subprocess
import sys
import textwrap

import pytest


def program(code: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, '-c', textwrap.dedent(code)], stdout=stdout,
                          stderr=subprocess.PIPE, timeout=30)


def test_write_callbacks_and_order_with_print():
    out = program('''
        from node_http_agent import process
        def main():
            print('print 1')
            ok = process.stdout.write('raw 1\\n', lambda *a: print('cb 1'))
            print('returned', ok)
            process.stdout.write(b'raw 2\\n')
            process.stderr.write('to stderr\\n')
        process.run(main)
    ''')
    assert out.stdout.decode().splitlines() == ['print 1', 'raw 1', 'returned True', 'raw 2',
                                                'cb 1']
    assert out.stderr.decode() == 'to stderr\n'


def test_pipe_and_pipeline_never_close_fd1():
    out = program('''
        from node_http_agent import process
        from node_http_agent.stream import Readable, pipeline
        def main():
            r = Readable.from_([b'a\\n', b'b\\n'])
            r.pipe(process.stdout)
            def done(err=None, *_):
                process.stderr.write(f'pipeline {err} {process.stdout.destroyed}\\n')
                process.stdout.write('still writable\\n')
            r.on('end', lambda: pipeline(Readable.from_([b'c\\n']), process.stdout, done))
        process.run(main)
        print('after run', process.stdout.writable)
    ''')
    assert out.stdout.decode().splitlines() == ['a', 'b', 'c', 'still writable',
                                                'after run True']
    assert out.stderr.decode() == 'pipeline None False\n'


def test_end_runs_dummy_destroy_and_stream_stays_usable():
    # Node with stdout redirected to a file (SyncWriteStream): prefinish, the
    # callbacks, finish, close; then the stream is undestroyed and writes again.
    out = program('''
        from node_http_agent import process
        from node_http_agent.timers import setTimeout
        def main():
            out = process.stdout
            log = lambda *a: process.stderr.write(' '.join(map(str, a)) + '\\n')
            for ev in ['finish', 'close', 'prefinish', 'error']:
                out.on(ev, lambda *a, ev=ev: log('ev', ev, out.destroyed, out.writable))
            out.write('a\\n', lambda *a: log('cb a'))
            out.end('b\\n', lambda *a: log('end cb'))
            log('after end', out.writableEnded)
            setTimeout(lambda: out.write('c\\n', lambda e=None: log('cb c', e)), 10)
        process.run(main)
    ''')
    assert out.stdout.decode() == 'a\nb\nc\n'
    assert out.stderr.decode().splitlines() == [
        'ev prefinish False False', 'after end True', 'cb a', 'end cb',
        'ev finish False False', 'ev close False True', 'cb c None']


def test_stdout_does_not_keep_run_alive_and_works_outside_a_loop():
    out = program('''
        from node_http_agent import process
        process.stdout.write('outside\\n', lambda err: print('cb', err))
        def main():
            process.stdout.write('x' * 100000 + '\\n')
        process.run(main)
        print('ended')
    ''')
    lines = out.stdout.decode().splitlines()
    assert lines[:2] == ['outside', 'cb None'] and lines[-1] == 'ended'
    assert len(lines[2]) == 100000


def test_properties_for_a_pipe():
    out = program('''
        from node_http_agent import process
        s = process.stdout
        print(s.fd, s.isTTY, s.columns, s._isStdio, s.writable, s.readable,
              process.stderr.fd, process.stdout is s)
    ''')
    assert out.stdout.decode().split() == ['1', 'None', 'None', 'True', 'True', 'False', '2',
                                           'True']


def test_epipe_is_emitted_as_error():
    proc = subprocess.Popen([sys.executable, '-c', textwrap.dedent('''
        import sys
        from node_http_agent import process
        def main():
            process.stdout.on('error', lambda e: process.stderr.write(f'{e.code} {e.syscall}\\n'))
            process.stdout.write(b'x' * 1000000)
        process.run(main)
    ''')], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    _, err = proc.communicate(timeout=30)
    assert b'EPIPE write' in err


def test_unknown_process_attribute_still_raises():
    from node_http_agent import process
    with pytest.raises(AttributeError):
        process.stdin_not_there  # noqa: B018
