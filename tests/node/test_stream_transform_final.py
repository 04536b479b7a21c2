"""Port of Node's test/parallel/test-stream-transform-final.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-transform-final.js
"""

from node_http_agent import process, stream
from node_http_agent.timers import setTimeout

# What you do:
#
# const stream = new stream.Transform({
#   transform: function transformCallback(chunk, _, next) {
#     // part 1
#     this.push(chunk);
#     //part 2
#     next();
#   },
#   final: function endCallback(done) {
#     // part 1
#     process.nextTick(function () {
#       // part 2
#       done();
#     });
#   },
#   flush: function flushCallback(done) {
#     // part 1
#     process.nextTick(function () {
#       // part 2
#       done();
#     });
#   }
# });
# t.on('data', dataListener);
# t.on('end', endListener);
# t.on('finish', finishListener);
# t.write(1);
# t.write(4);
# t.end(7, endMethodCallback);
#
# The order things are called

# 1. transformCallback part 1
# 2. dataListener
# 3. transformCallback part 2
# 4. transformCallback part 1
# 5. dataListener
# 6. transformCallback part 2
# 7. transformCallback part 1
# 8. dataListener
# 9. transformCallback part 2
# 10. finalCallback part 1
# 11. finalCallback part 2
# 12. flushCallback part 1
# 13. finishListener
# 14. endMethodCallback
# 15. flushCallback part 2
# 16. endListener


def test_stream_transform_final(common, run):
    state = 0

    def main():
        def transform(chunk, _, next_):
            nonlocal state
            # transformCallback part 1
            state += 1
            assert state == chunk
            t.push(state)
            # transformCallback part 2
            state += 1
            assert state == chunk + 2
            process.nextTick(next_)

        def final(done):
            nonlocal state
            state += 1
            # finalCallback part 1
            assert state == 10

            def later():
                nonlocal state
                state += 1
                # finalCallback part 2
                assert state == 11
                done()
            setTimeout(common.mustCall(later), 100)

        def flush(done):
            nonlocal state
            state += 1
            # flushCallback part 1
            assert state == 12

            def later():
                nonlocal state
                state += 1
                # flushCallback part 2
                assert state == 13
                done()
            process.nextTick(later)

        t = stream.Transform({
            'objectMode': True,
            'transform': common.mustCall(transform, 3),
            'final': common.mustCall(final, 1),
            'flush': common.mustCall(flush, 1),
        })

        def onfinish():
            nonlocal state
            state += 1
            # finishListener
            assert state == 15
        t.on('finish', common.mustCall(onfinish, 1))

        def onend():
            nonlocal state
            state += 1
            # end event
            assert state == 16
        t.on('end', common.mustCall(onend, 1))

        def ondata(d):
            nonlocal state
            # dataListener
            state += 1
            assert state == d + 1
        t.on('data', common.mustCall(ondata, 3))
        t.write(1)
        t.write(4)

        def onendMethod(*args):
            nonlocal state
            state += 1
            # endMethodCallback
            assert state == 14
        t.end(7, common.mustCall(onendMethod, 1))
    run(main)
