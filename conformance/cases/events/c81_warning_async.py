# catalogue 81 - test-event-emitter-max-listeners-warning.js (probe ee-09)
import os

from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter

os.environ['NODE_NO_WARNINGS'] = '1'  # the default printer's stderr line is not traced


def main():
    process.on('warning', lambda w: log('warning event', w.count))
    e = EventEmitter()
    e.setMaxListeners(1)
    e.on('x', lambda: None)
    e.on('x', lambda: None)
    log('sync code after the 2nd listener')


process.run(main)
