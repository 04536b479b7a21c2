"""node_http_agent.stream.adapters: streams over file objects and asyncio streams."""

import asyncio
import io
import threading

from node_http_agent import process
from node_http_agent.stream import PassThrough, Readable, pipeline
from node_http_agent.stream.adapters import (
    readableFromFile,
    readableFromStreamReader,
    readChunks,
    writableToFile,
    writableToStreamWriter,
)


def test_readable_from_iterates_a_binary_file_by_lines(run):
    # Readable.from_(file) works: a binary file iterates by lines (documented).
    got = []

    async def main():
        async for chunk in Readable.from_(io.BytesIO(b'a\nb\nc')):
            got.append(chunk)
    run(main)
    assert got == [b'a\n', b'b\n', b'c']


def test_read_chunks_gives_fixed_size_chunks(run):
    got = []

    async def main():
        async for chunk in Readable.from_(readChunks(io.BytesIO(b'x' * 150000), 65536)):
            got.append(len(chunk))
    run(main)
    assert got == [65536, 65536, 18928]


def test_file_to_file_pipeline_and_autoclose(common, run):
    src = io.BytesIO(bytes(range(256)) * 1000)
    dst = io.BytesIO()
    sizes = []

    def main():
        r = readableFromFile(src, {'highWaterMark': 40000})
        r.on('data', lambda c: sizes.append(len(c)))
        w = writableToFile(dst)
        pipeline(r, w, common.mustSucceed())
    run(main)
    assert dst.getvalue() == src.getvalue()
    assert sizes == [40000] * 6 + [16000]
    assert not src.closed and not dst.closed  # the caller owns them by default

    f = io.BytesIO(b'abc')

    def main2():
        r = readableFromFile(f, {'autoClose': True, 'encoding': 'utf8'})
        r.on('data', common.mustCall(lambda s: assert_equal(s, 'abc')))
        r.on('close', common.mustCall(lambda: assert_equal(f.closed, True)))
    run(main2)


def assert_equal(a, b):
    assert a == b


def test_writable_to_file_reports_write_errors(common, run):
    class Broken(io.RawIOBase):
        def writable(self):
            return True

        def write(self, b):
            raise OSError(28, 'No space left on device')

    def main():
        w = writableToFile(Broken())
        w.on('error', common.mustCall(lambda err: assert_equal(err.errno, 28)))
        w.write(b'x')
    run(main)


def test_stream_reader_and_writer_echo_with_backpressure(common, run):
    received = bytearray()
    returns = []

    async def main():
        async def handle(reader, writer):
            r = readableFromStreamReader(reader)
            w = writableToStreamWriter(writer, {'autoClose': True})
            r.pipe(w)  # echo everything back, then EOF

        server = await asyncio.start_server(handle, '127.0.0.1', 0)
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        w = writableToStreamWriter(writer, {'highWaterMark': 1024})
        drained = asyncio.get_running_loop().create_future()
        w.on('drain', lambda: drained.done() or drained.set_result(True))
        for _ in range(4):
            returns.append(w.write(b'y' * 200000))
        await drained
        w.end(common.mustCall())
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            received.extend(chunk)
        writer.close()
        server.close()
        await server.wait_closed()
    run(main)
    assert returns == [False] * 4
    assert len(received) == 800000


def test_stream_reader_holds_run_alive_while_a_read_is_pending(common):
    # Data that arrives after main() returned still ends the stream: the pending
    # read is a ref'd request (the Node socket it stands for would be a ref'd handle).
    got = []

    async def main():
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        r = readableFromStreamReader(reader)
        r.on('data', got.append)
        r.on('end', lambda: got.append('end'))


        def feed():  # from another thread: no asyncio timer holds the loop meanwhile
            loop.call_soon_threadsafe(reader.feed_data, b'late')
            loop.call_soon_threadsafe(reader.feed_eof)
        threading.Timer(0.1, feed).start()
    process.run(main)
    assert got == [b'late', 'end']


def test_readable_from_stream_reader_error_destroys(common, run):
    async def main():
        reader = asyncio.StreamReader()
        r = readableFromStreamReader(reader)
        r.on('error', common.mustCall(lambda err: assert_equal(str(err), 'reset')))
        r.on('close', common.mustCall())
        r.resume()
        await asyncio.sleep(0.01)
        reader.set_exception(ConnectionResetError('reset'))
    run(main)


def test_passthrough_between_adapters(common, run):
    out = io.BytesIO()

    def main():
        pipeline(readableFromFile(io.BytesIO(b'hello')), PassThrough(), writableToFile(out),
                 common.mustSucceed(lambda *a: assert_equal(out.getvalue(), b'hello')))
    run(main)
