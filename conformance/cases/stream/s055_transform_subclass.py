# s055 - Transform subclass with _transform/_flush methods; line splitter keeping a partial line across chunks (test-stream2-transform.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Transform


class Lines(Transform):
    def __init__(self):
        Transform.__init__(self, {'readableObjectMode': True})
        self.rest = ''

    def _transform(self, chunk, encoding, callback):
        parts = (self.rest + chunk.decode()).split('\n')
        self.rest = parts.pop()
        for p in parts:
            self.push(p)
        callback()

    def _flush(self, callback):
        if self.rest:
            self.push(self.rest)
        callback()


def main():
    l = Lines()
    l.on('data', lambda line: log('line', line))
    l.on('end', lambda: log('end'))
    l.write('one\ntw')
    l.write('o\nthr')
    l.write('ee\n\nfo')
    l.end('ur')


process.run(main)
