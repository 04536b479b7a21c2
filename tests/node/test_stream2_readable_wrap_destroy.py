"""Port of Node's test/parallel/test-stream2-readable-wrap-destroy.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-readable-wrap-destroy.js
"""

from node_http_agent.events import EventEmitter as EE
from node_http_agent.stream import Readable


def makeOldStream():
    oldStream = EE()
    oldStream.pause = lambda *args: None
    oldStream.resume = lambda *args: None
    return oldStream


def test_destroy_event(common, run):
    def main():
        oldStream = makeOldStream()
        Readable({
            'autoDestroy': False,
            'destroy': common.mustCall(),
        }) \
            .wrap(oldStream)
        oldStream.emit('destroy')
    run(main)


def test_close_event(common, run):
    def main():
        oldStream = makeOldStream()
        Readable({
            'autoDestroy': False,
            'destroy': common.mustCall(),
        }) \
            .wrap(oldStream)
        oldStream.emit('close')
    run(main)
