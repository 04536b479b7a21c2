"""Port of Node's test/parallel/test-fs-read-stream-autoClose.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-fs-read-stream-autoClose.js
"""

from node_http_agent import fs


def test_write_stream_autoclose_not_destroyed_at_finish(common, run, tmp_path):
    writeFile = str(tmp_path / 'write-autoClose.txt')

    def main():
        file = fs.createWriteStream(writeFile, {'autoClose': True})

        def onfinish():
            assert file.destroyed is False
        file.on('finish', common.mustCall(onfinish))
        file.end('asd')
    run(main)
