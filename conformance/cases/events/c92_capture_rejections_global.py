# catalogue 92 - test-event-capture-rejections.js (globalSetting, globalSettingNoConstructor) (probe ee-13)
from conformance.trace import log
from node_http_agent import events, process
from node_http_agent.events import EventEmitter


def main():
    log('default', EventEmitter.captureRejections, events.captureRejections)
    EventEmitter.captureRejections = True
    log('after setting', EventEmitter.captureRejections, events.captureRejections)

    class NoConstructor(EventEmitter):
        pass

    a = EventEmitter()
    b = NoConstructor()
    c = EventEmitter({'captureRejections': False})
    EventEmitter.captureRejections = False
    for label, ee in [('plain', a), ('subclass', b), ('explicit false while global true', c)]:
        async def something(label=label):
            raise Exception(label)

        ee.on('something', something)
        ee.on('error', lambda err: log('captured:', str(err)))
        ee.emit('something')


process.run(main)
