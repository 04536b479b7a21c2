"""Download a response body to a file: res.pipe(fs.createWriteStream(path)).

    python examples/stream_download.py

Node:
    http.get(url, (res) => {
      const file = fs.createWriteStream(path);
      res.pipe(file);
      file.on('finish', () => console.log('saved', file.bytesWritten));
    });
"""

import os
import tempfile

from node_http_agent import fs, http, process

BODY = b''.join(b'line %d of the report\n' % i for i in range(50000))  # ~1.2 MB


def main():
    def handler(req, res):
        res.writeHead(200, {'content-type': 'text/plain'})
        res.end(BODY)
    server = http.createServer(handler)

    def onlistening():
        port = server.address()['port']
        path = os.path.join(tempfile.mkdtemp(), 'report.txt')

        def onresponse(res):
            print('status:', res.statusCode)
            file = fs.createWriteStream(path)
            res.pipe(file)

            def onfinish():
                print('saved bytes:', file.bytesWritten)

            def onclose():
                same = fs.readFileSync(path) == BODY
                print('file matches the body:', same)
                fs.unlinkSync(path)
                os.rmdir(os.path.dirname(path))
                server.close()
            file.on('finish', onfinish)
            file.on('close', onclose)
        http.get(f'http://127.0.0.1:{port}/report', onresponse)
    server.listen(0, '127.0.0.1', onlistening)


if __name__ == '__main__':
    process.run(main)
