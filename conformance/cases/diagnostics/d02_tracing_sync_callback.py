# diagnostics_channel: tracingChannel channel names, traceSync (result and throw), traceCallback, subscribe/unsubscribe of handler sets
from conformance.trace import log
from node_http_agent import diagnostics_channel as dc
from node_http_agent import process
from node_http_agent.timers import setTimeout

tc = dc.tracingChannel('d02')
log('names', tc.start.name, tc.end.name, tc.asyncStart.name, tc.asyncEnd.name, tc.error.name)
log('hasSubscribers', tc.hasSubscribers)
log('untraced', tc.traceSync(lambda a, b: a + b, {'id': 0}, None, 1, 2))


def show(ctx):
    # JSON.stringify drops undefined fields.
    shown = {'id': ctx.get('id'), 'result': ctx.get('result'),
             'error': str(ctx['error']) if ctx.get('error') else None}
    return {k: v for k, v in shown.items() if v is not None}


handlers = {
    'start': lambda ctx, name: log('start', name, show(ctx)),
    'end': lambda ctx, name: log('end', name, show(ctx)),
    'asyncStart': lambda ctx, name: log('asyncStart', name, show(ctx)),
    'asyncEnd': lambda ctx, name: log('asyncEnd', name, show(ctx)),
    'error': lambda ctx, name: log('error', name, show(ctx)),
}


def main():
    tc.subscribe(handlers)
    log('hasSubscribers', tc.hasSubscribers)
    log('traceSync', tc.traceSync(lambda a, b: a + b, {'id': 1}, None, 1, 2))

    def boom():
        raise Exception('boom')
    try:
        tc.traceSync(boom, {'id': 2})
    except Exception as e:
        log('caught', str(e))

    def work(x, cb):
        log('work', x)
        setTimeout(lambda: cb(None, x * 2), 1)

    def fail(x, cb):
        setTimeout(lambda: cb(Exception('bad ' + str(x))), 1)

    def first(err, res):
        log('callback', err, res)

        def second(err, *args):
            log('callback error', str(err))
            log('unsubscribe', tc.unsubscribe(handlers), 'again', tc.unsubscribe(handlers))
            log('hasSubscribers', tc.hasSubscribers)
            try:
                tc.subscribe({'start': lambda *a: None})
                tc.traceCallback(work, -1, {}, None, 1, 'not a function')
            except Exception as e:
                log('bad callback', e.code, str(e))
        tc.traceCallback(fail, 1, {'id': 4}, None, 7, second)
    tc.traceCallback(work, -1, {'id': 3}, None, 21, first)


process.run(main)
