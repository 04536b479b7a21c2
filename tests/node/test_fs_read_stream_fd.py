"""Port of Node's test/parallel/test-fs-read-stream-fd.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-fs-read-stream-fd.js
``fs.openSync`` is not ported: ``os.open`` gives the fd.
"""

import os

from node_http_agent import fs


def test_read_stream_from_fd(common, run, tmp_path):
    file = str(tmp_path / 'read_stream_fd_test.txt')
    input_ = 'hello world'
    output = ''
    fs.writeFileSync(file, input_)

    def main():
        fd = os.open(file, os.O_RDONLY)
        stream = fs.createReadStream(None, {'fd': fd, 'encoding': 'utf8'})
        assert stream.path is None

        def ondata(data):
            nonlocal output
            output += data
        stream.on('data', common.mustCallAtLeast(ondata))
    run(main)
    assert output == input_
