// diagnostics_channel: channel identity, hasSubscribers, subscribe/unsubscribe, publish order, bad names
'use strict';
const dc = require('diagnostics_channel');
const { log } = require('../../trace');

const a = dc.channel('d01.a');
log('same object', a === dc.channel('d01.a'), 'name', a.name);
log('instanceof Channel', a instanceof dc.Channel);
log('hasSubscribers', a.hasSubscribers, dc.hasSubscribers('d01.a'), dc.hasSubscribers('d01.none'));
const one = (msg, name) => log('one', msg, name);
const two = (msg, name) => log('two', msg, name);
log('subscribe returns', a.subscribe(one));
dc.subscribe('d01.a', two);
log('hasSubscribers', a.hasSubscribers, dc.hasSubscribers('d01.a'));
a.publish({ n: 1 });
log('unsubscribe unknown', a.unsubscribe(() => {}));
log('unsubscribe one', a.unsubscribe(one), 'again', a.unsubscribe(one));
a.publish({ n: 2 });
log('module unsubscribe', dc.unsubscribe('d01.a', two));
log('hasSubscribers', a.hasSubscribers, dc.hasSubscribers('d01.a'));
a.publish({ n: 3 });
// A subscriber that unsubscribes another during publish: this publish still calls it.
const b = dc.channel('d01.b');
const late = (msg) => log('late', msg);
b.subscribe(() => { log('first'); b.unsubscribe(late); });
b.subscribe(late);
b.publish('x');
b.publish('y');
// The same function twice is called twice, and unsubscribed one at a time.
const c = dc.channel('d01.c');
const twice = (msg) => log('twice', msg);
c.subscribe(twice);
c.subscribe(twice);
c.publish(1);
c.unsubscribe(twice);
c.publish(2);
for (const bad of [1, null, {}]) {
  try {
    dc.channel(bad);
  } catch (e) {
    log('channel(bad)', e.code, e.message);
  }
}
try {
  a.subscribe('nope');
} catch (e) {
  log('subscribe(bad)', e.code, e.message);
}
