# 'uncaughtException' keeps the program running through throwing callbacks (timer, tick, listener); 'uncaughtExceptionMonitor' sees each first; origin argument
from conformance.trace import log
from node_http_agent import process, timers
from node_http_agent.events import EventEmitter


def throw(message):
    raise Exception(message)


def main():
    process.on('uncaughtExceptionMonitor', lambda err, origin: log('monitor', str(err), origin))
    process.on('uncaughtException', lambda err, origin: log('uncaught', str(err), origin))
    timers.setTimeout(lambda: throw('from timer'), 100)
    timers.setTimeout(lambda: log('later timer still runs'), 150)
    process.nextTick(lambda: throw('from tick'))
    timers.setTimeout(lambda: process.nextTick(lambda: log('a tick still runs')), 120)
    ee = EventEmitter()
    ee.on('x', lambda: throw('from listener'))
    timers.setImmediate(lambda: ee.emit('x'))
    timers.setImmediate(lambda: log('immediate still runs'))
    process.on('exit', lambda code: log('exit', code))


process.run(main)
