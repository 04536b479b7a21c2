"""Port of Node's test/parallel/test-fs-read-stream-resume.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-fs-read-stream-resume.js
"""

from node_http_agent import fs, process
from node_http_agent.timers import setTimeout


def test_resume_inside_first_data(common, run, tmp_path):
    file = tmp_path / 'x.txt'
    file.write_bytes(b'xyz\n')
    data = ''

    def main():
        first = True
        stream = fs.createReadStream(str(file))
        stream.setEncoding('utf8')

        def ondata(chunk):
            nonlocal data, first
            data += chunk
            if first:
                first = False
                stream.resume()
        stream.on('data', common.mustCallAtLeast(ondata))

        def tick():
            stream.pause()
            setTimeout(lambda: stream.resume(), 100)
        process.nextTick(tick)
    run(main)
    assert data == 'xyz\n'
