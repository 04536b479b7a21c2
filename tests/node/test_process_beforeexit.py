"""Port of Node's test/parallel/test-process-beforeexit.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-process-beforeexit.js
'beforeExit' comes each time the loop runs dry; work a listener starts (an
immediate, a timer, a server) keeps the process going, a nextTick alone does not.
"""

from node_http_agent import net, process
from node_http_agent.timers import setImmediate, setTimeout


def test_process_beforeexit(common, run):
    def tryImmediate(*_):
        setImmediate(common.mustCall(lambda: process.once('beforeExit',
                                                          common.mustCall(tryTimer))))

    def tryTimer(*_):
        setTimeout(common.mustCall(lambda: process.once('beforeExit',
                                                        common.mustCall(tryListen))), 1)

    def tryListen(*_):
        server = net.createServer()

        def onlistening():
            server.close()
            process.once('beforeExit', common.mustCall(tryRepeatedTimer))
        server.listen(0).on('listening', common.mustCall(onlistening))

    # Test that a function invoked from the beforeExit handler can use a timer
    # to keep the event loop open, which can use another timer to keep the event
    # loop open, etc.
    def tryRepeatedTimer(*_):
        N = 5
        n = [0]

        def repeatedTimer():
            n[0] += 1
            if n[0] < N:
                setTimeout(wrapped, 1)
            else:
                process.once('beforeExit', common.mustCall(tryNextTickSetImmediate))
        wrapped = common.mustCall(repeatedTimer, N)
        setTimeout(wrapped, 1)

    # Test if the callback of `process.nextTick` can be invoked.
    def tryNextTickSetImmediate(*_):
        def tick():
            setImmediate(common.mustCall(lambda: process.once('beforeExit',
                                                              common.mustCall(tryNextTick))))
        process.nextTick(common.mustCall(tick))

    # Test that `process.nextTick` won't keep the event loop running by itself.
    def tryNextTick(*_):
        process.nextTick(common.mustCall(lambda: process.once('beforeExit',
                                                              common.mustNotCall())))

    run(lambda: process.once('beforeExit', common.mustCall(tryImmediate)))
