"""Port of Node's test/parallel/test-fs-write-stream-close-without-callback.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-fs-write-stream-close-without-callback.js
"""

from node_http_agent import fs


def test_close_without_callback(run, tmp_path):
    path = str(tmp_path / 'nocallback')

    def main():
        s = fs.createWriteStream(path)
        s.end('hello world')
        s.close()
    run(main)
    assert fs.readFileSync(path, 'utf8') == 'hello world'
