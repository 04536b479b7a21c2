# s079 - the stream module's shape: classes reachable as Stream.Readable etc., Readable is a Stream, instanceof relations, Duplex is instanceof Writable (test-stream-duplex.js)
from conformance.trace import log
from node_http_agent import process, stream


def main():
    Stream, Readable, Writable, Duplex, Transform, PassThrough = (
        stream.Stream, stream.Readable, stream.Writable, stream.Duplex, stream.Transform, stream.PassThrough)
    log('Stream.Readable', Stream.Readable is Readable, Stream.Writable is Writable, Stream.Duplex is Duplex,
        Stream.Transform is Transform, Stream.PassThrough is PassThrough, Stream.Stream is Stream)
    log('pipeline/finished on Stream', Stream.pipeline is stream.pipeline, Stream.finished is stream.finished)
    d = Duplex()
    t = Transform()
    p = PassThrough()
    log('duplex', isinstance(d, Readable), isinstance(d, Writable), isinstance(d, Stream))
    log('transform', isinstance(t, Duplex), isinstance(t, Readable), isinstance(t, Writable))
    log('passthrough', isinstance(p, Transform), isinstance(p, Duplex))
    log('readable not writable', isinstance(Readable(), Writable), isinstance(Writable(), Readable))
    log('promises', 'function' if callable(stream.promises.pipeline) else 'x',
        'function' if callable(stream.promises.finished) else 'x')


process.run(main)
