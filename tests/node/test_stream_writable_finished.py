"""Port of Node's test/parallel/test-stream-writable-finished.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-finished.js
"""

from node_http_agent.stream import Writable


def test_basic():
    # Find it on Writable.prototype
    assert 'writableFinished' in vars(Writable)  # Object.hasOwn(Writable.prototype, ...)


def test_event(common, run):
    def main():
        writable = Writable()

        def _write(chunk, encoding, cb):
            # The state finished should start in false.
            assert writable.writableFinished is False
            cb()
        writable._write = common.mustCall(_write)

        def onfinish():
            assert writable.writableFinished is True
        writable.on('finish', common.mustCall(onfinish))

        def onend(*args):
            assert writable.writableFinished is True
        writable.end('testing finished state', common.mustCall(onend))
    run(main)


def test_finish_async(common, run):
    # Emit finish asynchronously.
    def main():
        w = Writable({'write': lambda chunk, encoding, cb: cb()})

        w.end()
        w.on('finish', common.mustCall())
    run(main)


def test_prefinish_sync(common, run):
    # Emit prefinish synchronously.
    def main():
        w = Writable({'write': lambda chunk, encoding, cb: cb()})

        sync = True

        def onprefinish():
            assert sync is True
        w.on('prefinish', common.mustCall(onprefinish))
        w.end()
        sync = False
    run(main)


def test_prefinish_sync_with_final(common, run):
    # Emit prefinish synchronously w/ final.
    def main():
        w = Writable({
            'write': lambda chunk, encoding, cb: cb(),
            'final': lambda cb: cb(),
        })

        sync = True

        def onprefinish():
            assert sync is True
        w.on('prefinish', common.mustCall(onprefinish))
        w.end()
        sync = False
    run(main)


def test_final_sync(common, run):
    # Call _final synchronously.
    def main():
        sync = True

        def final(cb):
            assert sync is True
            cb()
        w = Writable({
            'write': lambda chunk, encoding, cb: cb(),
            'final': common.mustCall(final),
        })

        w.end()
        sync = False
    run(main)
