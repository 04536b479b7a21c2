# s017 - Readable.from(generator) and from(async generator): values in order, end, and a throwing generator destroys with its error (test-readable-from.js)
import asyncio

from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def gen():
    yield 'a'
    yield 'b'
    yield 'c'


async def agen():
    yield 1
    await asyncio.sleep(0)
    yield 2
    yield 3


def bad():
    yield 'ok'
    raise Exception('gen failed')


async def collect(name, r):
    out = []
    try:
        async for c in r:
            out.append(c)
        log(name, out, 'destroyed', r.destroyed)
    except Exception as e:
        log(name, out, 'error', str(e), 'destroyed', r.destroyed)


async def main():
    await collect('gen', Readable.from_(gen()))
    await collect('agen', Readable.from_(agen()))
    await collect('bad', Readable.from_(bad()))
    r = Readable.from_(bad())
    r.on('data', lambda c: log('data', c))
    r.on('error', lambda e: log('error event', str(e)))
    r.on('close', lambda: log('close'))


process.run(main)
