# catalogue 97 - test-events-add-abort-listener.mjs (validation) (probe ee-22)
from conformance.trace import log
from node_http_agent import AbortController, events


def show(label, fn):
    try:
        fn()
        log(label, 'accepted')
    except Exception as e:
        log(label, getattr(e, 'code', None), str(e), 'TypeError', isinstance(e, TypeError))


show('no arguments', lambda: events.addAbortListener())
show('null signal', lambda: events.addAbortListener(None, lambda: None))
show('{} signal', lambda: events.addAbortListener({}, lambda: None))
show('"x" signal', lambda: events.addAbortListener('x', lambda: None))
show('missing listener', lambda: events.addAbortListener(AbortController().signal))
show('null listener', lambda: events.addAbortListener(AbortController().signal, None))
show('{} listener', lambda: events.addAbortListener(AbortController().signal, {}))
