"""node_http_agent.fs beyond the conformance cases: the thread pool, process lifetime, paths."""

import pathlib
import threading

import pytest

from node_http_agent import fs, process
from node_http_agent.timers import setTimeout


def test_file_io_runs_off_the_loop_thread(run, tmp_path, monkeypatch):
    path = tmp_path / 'a.bin'
    path.write_bytes(b'z' * 200000)
    threads = set()
    real = fs._readWork

    def spy(*args):
        threads.add(threading.current_thread().name)
        return real(*args)
    monkeypatch.setattr(fs, '_readWork', spy)
    got = []

    def main():
        loopThread = threading.current_thread().name
        r = fs.createReadStream(path)
        r.on('data', got.append)
        r.on('close', lambda: got.append(loopThread))
    run(main)
    loopThread = got.pop()
    assert b''.join(got) == b'z' * 200000
    assert threads and loopThread not in threads
    assert all(name.startswith('node_http_agent.fs') for name in threads)


def test_pending_requests_keep_run_alive_and_nothing_else_does(tmp_path):
    path = str(tmp_path / 'out.txt')
    events = []

    def main():
        w = fs.createWriteStream(path)
        w.on('open', lambda fd: events.append('open'))
        w.write('abc', lambda *_: events.append('written'))
        # No end(): once the write is done, nothing is pending and the run ends,
        # as Node exits with the stream's file still open.
    process.run(main)
    assert events == ['open', 'written']
    assert fs.readFileSync(path) == b'abc'


def test_read_stream_waits_for_a_paused_consumer_only_while_ref_d(tmp_path):
    # A paused stream with no request in flight does not hold the process (Node: same).
    path = tmp_path / 'a.txt'
    path.write_bytes(b'x' * 100)
    seen = []

    def main():
        r = fs.createReadStream(path, {'highWaterMark': 10})
        r.on('data', lambda c: (seen.append(len(c)), r.pause()))
    process.run(main)
    assert seen == [10]


def test_pathlike_and_bytes_paths(run, tmp_path):
    path = tmp_path / 'p.txt'
    out = []

    def main():
        w = fs.createWriteStream(path)
        assert w.path == str(path)

        def onclose():
            r = fs.createReadStream(str(path).encode(), 'utf8')
            r.on('data', out.append)
        w.end('pathlib', None)
        w.on('close', onclose)
    run(main)
    assert out == ['pathlib']
    assert fs.existsSync(pathlib.Path(path)) is True
    fs.unlinkSync(path)
    assert fs.existsSync(path) is False


def test_closeAtExit_closes_files_the_stream_opened(tmp_path):
    import os
    path = tmp_path / 'left-open.txt'
    fds = []

    def main():
        w = fs.createWriteStream(path)
        w.on('open', fds.append)

        def boom():
            raise RuntimeError('boom')
        setTimeout(boom, 20)
    with pytest.raises(RuntimeError):
        process.run(main)
    assert len(fds) == 1
    with pytest.raises(OSError):
        os.fstat(fds[0])


def test_uv_errors_are_oserror_subclasses(run):
    errs = []

    def main():
        r = fs.createReadStream('definitely-missing.txt')
        r.on('error', errs.append)
    run(main)
    err = errs[0]
    assert isinstance(err, FileNotFoundError)
    assert (err.errno, err.code, err.syscall, err.path) == (
        -2, 'ENOENT', 'open', 'definitely-missing.txt')
    with pytest.raises(IsADirectoryError) as info:
        fs.readFileSync('.')
    assert str(info.value) == 'EISDIR: illegal operation on a directory, read'


def test_write_file_sync_encodings_and_flags(tmp_path):
    path = str(tmp_path / 'w.txt')
    fs.writeFileSync(path, '68690a', 'hex')
    assert fs.readFileSync(path) == b'hi\n'
    fs.writeFileSync(path, 'more', {'flag': 'a'})
    assert fs.readFileSync(path, 'latin1') == 'hi\nmore'
    fs.writeFileSync(path, bytearray(b'x'), {'flush': True})
    assert fs.readFileSync(path, {'encoding': 'base64'}) == 'eA=='
    with pytest.raises(Exception) as info:
        fs.writeFileSync(path, 'x', {'flag': 'wx'})
    assert info.value.code == 'EEXIST'
    assert str(info.value) == f"EEXIST: file already exists, open '{path}'"
