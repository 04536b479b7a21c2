"""pipeline(res, gunzip, fs.createWriteStream(path), cb) against a server that gzips.

    python examples/stream_pipeline_gunzip.py

Node's zlib.createGunzip() is not ported; a Transform over Python's
zlib.decompressobj(16 + zlib.MAX_WBITS) does the same job.
"""

import gzip
import os
import tempfile
import zlib

from node_http_agent import fs, http, process
from node_http_agent.stream import Transform, pipeline

TEXT = ''.join(f'{i}: the quick brown fox jumps over the lazy dog\n' for i in range(20000))


def createGunzip():
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)  # 16 +: expect a gzip header

    def transform(chunk, encoding, callback):
        try:
            callback(None, d.decompress(chunk))
        except zlib.error as err:
            callback(err)

    def flush(callback):
        rest = d.flush()
        if not d.eof:
            callback(Exception('unexpected end of file'))  # Node: Z_BUF_ERROR
        else:
            callback(None, rest)
    return Transform({'transform': transform, 'flush': flush})


def main():
    compressed = gzip.compress(TEXT.encode())

    def handler(req, res):
        res.writeHead(200, {'content-encoding': 'gzip', 'content-type': 'text/plain'})
        # Send it in pieces, as a real server streams it.
        for i in range(0, len(compressed), 1000):
            res.write(compressed[i:i + 1000])
        res.end()
    server = http.createServer(handler)

    def onlistening():
        port = server.address()['port']
        path = os.path.join(tempfile.mkdtemp(), 'book.txt')

        def onresponse(res):
            print('content-encoding:', res.headers['content-encoding'])
            print('compressed bytes:', len(compressed))

            def done(err=None, *_):
                if err:
                    print('pipeline failed:', err)
                else:
                    text = fs.readFileSync(path, 'utf8')
                    print('pipeline succeeded; text bytes written:', len(text))
                    print('same text:', text == TEXT)
                    fs.unlinkSync(path)
                os.rmdir(os.path.dirname(path))
                server.close()
            pipeline(res, createGunzip(), fs.createWriteStream(path), done)
        http.get({'host': '127.0.0.1', 'port': port, 'path': '/book',
                  'headers': {'accept-encoding': 'gzip'}}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


if __name__ == '__main__':
    process.run(main)
