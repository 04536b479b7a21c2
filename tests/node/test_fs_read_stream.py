"""Port of Node's test/parallel/test-fs-read-stream.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-fs-read-stream.js
Not ported: the ``fs`` option (custom file operations) and ``byteOffset``
alignment of Buffers; fixtures (elipses.txt, x.txt) are written to a temp dir.
"""

import os
import subprocess

import pytest

from node_http_agent import fs, process
from node_http_agent.timers import setTimeout


@pytest.fixture
def fixtures(tmp_path):
    fn = tmp_path / 'elipses.txt'
    fn.write_text('\u2026' * 10000, encoding='utf-8')
    rangeFile = tmp_path / 'x.txt'
    rangeFile.write_bytes(b'xyz\n')
    return str(fn), str(rangeFile), tmp_path


def test_read_stream_pause_resume(common, run, fixtures):
    fn, rangeFile, _ = fixtures
    length = 0

    def main():
        paused = False
        bytesRead = 0
        file = fs.createReadStream(fn, {})
        fileSize = os.stat(fn).st_size
        assert file.bytesRead == 0

        def onopen(fd):
            assert isinstance(fd, int)
            assert file.bytesRead == 0
            assert file.readable
            # GH-535
            file.pause()
            file.resume()
            file.pause()
            file.resume()
        file.on('open', common.mustCall(onopen))

        def ondata(data):
            nonlocal paused, bytesRead, length
            assert isinstance(data, bytes)
            assert not paused
            length += len(data)
            bytesRead += len(data)
            assert file.bytesRead == bytesRead
            paused = True
            file.pause()

            def later():
                nonlocal paused
                paused = False
                file.resume()
            setTimeout(later, 10)
        file.on('data', common.mustCallAtLeast(ondata))

        def onend(*_):
            assert bytesRead == fileSize
            assert file.bytesRead == fileSize
        file.on('end', common.mustCall(onend))
        file.on('close', common.mustCall(onend))
    run(main)
    assert length == 30000


def test_read_stream_encoding(common, run, fixtures):
    fn, _, _ = fixtures
    total = 0

    def main():
        file = fs.createReadStream(fn, {'encoding': 'utf8'})

        def ondata(data):
            nonlocal total
            assert isinstance(data, str)
            total += len(data)
            for ch in data:
                # http://www.fileformat.info/info/unicode/char/2026/index.htm
                assert ch == '\u2026'
        file.on('data', common.mustCallAtLeast(ondata))
        file.on('close', common.mustCall())
    run(main)
    assert total == 10000


@pytest.mark.parametrize('options,expected', [
    ({'bufferSize': 1, 'start': 1, 'end': 2}, 'yz'),
    ({'bufferSize': 1, 'start': 1}, 'yz\n'),
    # Ref: https://github.com/nodejs/node-v0.x-archive/issues/2320
    ({'bufferSize': 1.23, 'start': 1}, 'yz\n'),
    ({'start': 0, 'end': 0}, 'x'),
    # Verify that end works when start is not specified.
    ({'end': 1}, 'xy'),
])
def test_read_stream_ranges(common, run, fixtures, options, expected):
    _, rangeFile, _ = fixtures

    def main():
        file = fs.createReadStream(rangeFile, dict(options))
        contentRead = []
        file.on('data', lambda data: contentRead.append(data.decode('utf-8')))
        file.on('end', common.mustCall(lambda: assert_equal(''.join(contentRead), expected)))
    run(main)


def assert_equal(a, b):
    assert a == b


def test_read_stream_start_after_end_throws(common, fixtures):
    _, rangeFile, _ = fixtures

    def check():
        fs.createReadStream(rangeFile, {'start': 10, 'end': 2})
    with pytest.raises(ValueError) as info:
        process.run(check)
    assert info.value.code == 'ERR_OUT_OF_RANGE'
    assert str(info.value) == ('The value of "start" is out of range. It must be <= "end"'
                               ' (here: 2). Received 10')
    assert info.value.name == 'RangeError'


@pytest.mark.skipif(os.name == 'nt', reason='mkfifo')
def test_read_stream_fifo_end_without_start(common, run, fixtures):
    # Verify that end works when start is not specified, and we do not try to
    # use positioned reads: non-seekable file descriptors keep working.
    _, _, tmp = fixtures
    filename = str(tmp / 'foo.pipe')
    os.mkfifo(filename)
    writer = subprocess.Popen(['sh', '-c', f'echo "xyz foobar" > "{filename}"'])
    try:
        def main():
            stream = fs.createReadStream(filename, {'end': 1})
            data = []
            stream.on('data', lambda chunk: data.append(chunk))

            def onend(*_):
                assert b''.join(data) == b'xy'
                fs.unlinkSync(filename)
            stream.on('end', common.mustCall(onend))
        run(main)
    finally:
        writer.wait(5)


def test_read_stream_pause_resume_immediately(run, fixtures):
    _, rangeFile, _ = fixtures

    def main():
        # Pause and then resume immediately.
        pauseRes = fs.createReadStream(rangeFile)
        pauseRes.pause()
        pauseRes.resume()
    run(main)


def test_read_stream_autoclose_false_fd_reuse(common, run, fixtures):
    _, rangeFile, _ = fixtures
    streams = []

    def main():
        file = fs.createReadStream(rangeFile, {'autoClose': False})
        data = []
        file.on('data', lambda chunk: data.append(chunk))

        def fileNext():
            # This will tell us if the fd is usable again or not.
            file2 = fs.createReadStream(None, {'fd': file.fd, 'start': 0})
            streams.append(file2)
            data2 = []
            file2.on('data', lambda chunk: data2.append(chunk))
            file2.on('end', common.mustCall(lambda *_: assert_equal(b''.join(data2), b'xyz\n')))

        def onend(*_):
            assert b''.join(data) == b'xyz\n'

            def tick():
                assert not file.closed
                assert not file.destroyed
                fileNext()
            process.nextTick(tick)
        file.on('end', common.mustCall(onend))
    run(main)
    assert streams[0].closed
    assert streams[0].destroyed


def test_read_stream_bad_fd_autoclose_false(common, run):
    streams = []

    def main():
        # Just to make sure autoClose won't close the stream because of error.
        file = fs.createReadStream(None, {'fd': 13337, 'autoClose': False})
        streams.append(file)
        file.on('data', common.mustNotCall())
        file.on('error', common.mustCall())
    run(main)
    file = streams[0]
    assert not file.closed
    assert not file.destroyed
    assert file.fd


def test_read_stream_missing_file_destroyed(common, run):
    streams = []

    def main():
        # Make sure stream is destroyed when file does not exist.
        file = fs.createReadStream('/path/to/file/that/does/not/exist')
        streams.append(file)
        file.on('data', common.mustNotCall())
        file.on('error', common.mustCall())
    run(main)
    assert streams[0].closed
    assert streams[0].destroyed
