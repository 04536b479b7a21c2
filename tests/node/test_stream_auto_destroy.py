"""Port of Node's test/parallel/test-stream-auto-destroy.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-auto-destroy.js
"""

from node_http_agent import stream


def test_stream_auto_destroy_readable(common, run):
    def main():
        def read(size):
            r.push('hello')
            r.push('world')
            r.push(None)
        r = stream.Readable({
            'autoDestroy': True,
            'read': read,
            'destroy': common.mustCall(lambda err, cb: cb()),
        })

        ended = False

        r.resume()

        def onend():
            nonlocal ended
            ended = True
        r.on('end', common.mustCall(onend))

        def onclose():
            assert ended
        r.on('close', common.mustCall(onclose))
    run(main)


def test_stream_auto_destroy_writable(common, run):
    def main():
        w = stream.Writable({
            'autoDestroy': True,
            'write': lambda data, enc, cb: cb(None),
            'destroy': common.mustCall(lambda err, cb: cb()),
        })

        finished = False

        w.write('hello')
        w.write('world')
        w.end()

        def onfinish():
            nonlocal finished
            finished = True
        w.on('finish', common.mustCall(onfinish))

        def onclose():
            assert finished
        w.on('close', common.mustCall(onclose))
    run(main)


def test_stream_auto_destroy_transform(common, run):
    def main():
        t = stream.Transform({
            'autoDestroy': True,
            'transform': lambda data, enc, cb: cb(None, data),
            'destroy': common.mustCall(lambda err, cb: cb()),
        })

        ended = False
        finished = False

        t.write('hello')
        t.write('world')
        t.end()

        t.resume()

        def onend():
            nonlocal ended
            ended = True
        t.on('end', common.mustCall(onend))

        def onfinish():
            nonlocal finished
            finished = True
        t.on('finish', common.mustCall(onfinish))

        def onclose():
            assert ended
            assert finished
        t.on('close', common.mustCall(onclose))
    run(main)


def test_stream_auto_destroy_pipe_readable_error(common, run):
    def main():
        r = stream.Readable({
            'read': lambda size: r2.emit('error', Exception('fail')),
        })
        r2 = stream.Readable({
            'autoDestroy': True,
            'destroy': common.mustCall(lambda err, cb: cb()),
        })

        r.pipe(r2)
    run(main)


def test_stream_auto_destroy_pipe_writable_error(common, run):
    def main():
        r = stream.Readable({
            'read': lambda size: w.emit('error', Exception('fail')),
        })
        w = stream.Writable({
            'autoDestroy': True,
            'destroy': common.mustCall(lambda err, cb: cb()),
        })

        r.pipe(w)
    run(main)
