# diagnostics_channel: channel identity, hasSubscribers, subscribe/unsubscribe, publish order, bad names
from conformance.trace import log
from node_http_agent import diagnostics_channel as dc

a = dc.channel('d01.a')
log('same object', a is dc.channel('d01.a'), 'name', a.name)
log('instanceof Channel', isinstance(a, dc.Channel))
log('hasSubscribers', a.hasSubscribers, dc.hasSubscribers('d01.a'), dc.hasSubscribers('d01.none'))


def one(msg, name):
    log('one', msg, name)


def two(msg, name):
    log('two', msg, name)


log('subscribe returns', a.subscribe(one))
dc.subscribe('d01.a', two)
log('hasSubscribers', a.hasSubscribers, dc.hasSubscribers('d01.a'))
a.publish({'n': 1})
log('unsubscribe unknown', a.unsubscribe(lambda *args: None))
log('unsubscribe one', a.unsubscribe(one), 'again', a.unsubscribe(one))
a.publish({'n': 2})
log('module unsubscribe', dc.unsubscribe('d01.a', two))
log('hasSubscribers', a.hasSubscribers, dc.hasSubscribers('d01.a'))
a.publish({'n': 3})
# A subscriber that unsubscribes another during publish: this publish still calls it.
b = dc.channel('d01.b')


def late(msg, *args):
    log('late', msg)


def first(*args):
    log('first')
    b.unsubscribe(late)


b.subscribe(first)
b.subscribe(late)
b.publish('x')
b.publish('y')
# The same function twice is called twice, and unsubscribed one at a time.
c = dc.channel('d01.c')


def twice(msg, *args):
    log('twice', msg)


c.subscribe(twice)
c.subscribe(twice)
c.publish(1)
c.unsubscribe(twice)
c.publish(2)
for bad in [1, None, {}]:
    try:
        dc.channel(bad)
    except Exception as e:
        log('channel(bad)', e.code, str(e))
try:
    a.subscribe('nope')
except Exception as e:
    log('subscribe(bad)', e.code, str(e))
