# diagnostics_channel: tracePromise (resolve, reject, plain value) and bindStore/runStores with a store object and a transform
import asyncio

from conformance.trace import log
from node_http_agent import diagnostics_channel as dc
from node_http_agent import process

tc = dc.tracingChannel('d03')


def show(ctx):
    # JSON.stringify drops undefined fields.
    shown = {'id': ctx.get('id'), 'result': ctx.get('result'),
             'error': str(ctx['error']) if ctx.get('error') else None}
    return {k: v for k, v in shown.items() if v is not None}


for ev in ['start', 'end', 'asyncStart', 'asyncEnd', 'error']:
    getattr(tc, ev).subscribe(lambda ctx, name, ev=ev: log(ev, show(ctx)))


class Store:
    """A store: anything with run(value, fn)."""
    current = None

    def run(self, value, fn):
        before = self.current
        self.current = value
        try:
            return fn()
        finally:
            self.current = before


store = Store()


async def main():
    async def plus1(x):
        return x + 1
    p = tc.tracePromise(plus1, {'id': 1}, None, 41)
    log('returned a promise', isinstance(p, asyncio.Future))
    log('resolved', await p)

    async def nope():
        raise Exception('nope')
    try:
        await tc.tracePromise(nope, {'id': 2})
    except Exception as e:
        log('rejected', str(e))
    log('plain value', await tc.tracePromise(lambda: 5, {'id': 3}))
    ch = dc.channel('d03.stores')
    log('runStores without stores', ch.runStores({'v': 1}, lambda a: a * 3, None, 2))
    ch.bindStore(store, lambda msg: {'wrapped': msg['v']})
    log('hasSubscribers after bindStore', ch.hasSubscribers)
    ch.subscribe(lambda msg, name: log('published', msg, 'store', store.current))

    def inside(a):
        log('inside', store.current)
        return a
    log('runStores', ch.runStores({'v': 2}, inside, None, 'ret'))
    log('after', store.current)
    log('unbindStore', ch.unbindStore(store), 'again', ch.unbindStore(store))
    ch.runStores({'v': 3}, lambda: log('inside unbound', store.current))


process.run(main)
