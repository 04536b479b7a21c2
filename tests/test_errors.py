"""Node's error texts, codes and Python classes; validators; warning delivery."""

import math
import warnings

import pytest

from node_http_agent import errors, validators
from node_http_agent.events import EventEmitter, MaxListenersExceededWarning


@pytest.mark.parametrize('value, received', [
    (None, 'null'), (1, 'type number (1)'), (1.0, 'type number (1)'),
    (0.5, 'type number (0.5)'), (math.nan, 'type number (NaN)'),
    (math.inf, 'type number (Infinity)'), (True, 'type boolean (true)'),
    ('x', "type string ('x')"), ({}, 'an instance of Object'), ([], 'an instance of Array'),
    (b'', 'an instance of Buffer'), ('a' * 40, "type string ('aaaaaaaaaaaaaaaaaaaaaaaa...)"),
])
def test_received_value_descriptions(value, received):
    err = errors.ERR_INVALID_ARG_TYPE('listener', 'Function', value)
    assert str(err) == f'The "listener" argument must be of type function. Received {received}'
    assert err.code == 'ERR_INVALID_ARG_TYPE'
    assert isinstance(err, TypeError)
    assert err.name == 'TypeError'


def test_functions_and_instances_are_described_like_node():
    def named():
        pass

    class Thing:
        pass
    assert errors.determineSpecificType(named) == 'function named'
    assert errors.determineSpecificType(lambda: 0) == 'type function ([Function (anonymous)])'
    assert errors.determineSpecificType(Thing()) == 'an instance of Thing'


def test_kinds_map_to_python_classes():
    assert isinstance(errors.ERR_OUT_OF_RANGE('n', '>= 0', -1), ValueError)
    assert isinstance(errors.ERR_UNHANDLED_ERROR(), Exception)
    refused = errors.exceptionWithHostPort(111, 'connect', '127.0.0.1', 9)
    assert isinstance(refused, ConnectionRefusedError) and isinstance(refused, OSError)
    assert (refused.code, refused.errno, refused.syscall, refused.address, refused.port) == \
        ('ECONNREFUSED', -111, 'connect', '127.0.0.1', 9)
    assert str(refused) == 'connect ECONNREFUSED 127.0.0.1:9'
    hangup = errors.connResetException('socket hang up')
    assert isinstance(hangup, ConnectionResetError) and hangup.code == 'ECONNRESET'
    assert str(hangup) == 'socket hang up'
    assert repr(errors.ERR_INVALID_URL()) == 'TypeError [ERR_INVALID_URL]: Invalid URL'


def test_agent_validation_texts():
    with pytest.raises(TypeError) as info:
        validators.validateOneOf('filo', 'scheduling', ['fifo', 'lifo'])
    assert str(info.value) == "The argument 'scheduling' must be one of: 'fifo', 'lifo'. Received 'filo'"
    with pytest.raises(ValueError) as info:
        validators.validateNumber(0.5, 'maxTotalSockets', 1)
    assert str(info.value) == ('The value of "maxTotalSockets" is out of range. '
                               'It must be >= 1. Received 0.5')
    with pytest.raises(TypeError) as info:
        validators.validateNumber(True, 'maxTotalSockets', 1)
    assert str(info.value).endswith('Received type boolean (true)')


def test_validate_port():
    assert validators.validatePort('80') == 80
    with pytest.raises(ValueError) as info:
        validators.validatePort(65536)
    assert info.value.code == 'ERR_SOCKET_BAD_PORT'
    assert str(info.value) == 'Port should be >= 0 and < 65536. Received type number (65536).'


def test_missing_args_text():
    assert str(errors.ERR_MISSING_ARGS(['options', 'port', 'path'])) == \
        'The "options" or "port" or "path" argument must be specified'
    assert str(errors.ERR_MISSING_ARGS('a', 'b')) == 'The "a" and "b" arguments must be specified'


def test_max_listeners_warning_is_delivered_through_warnings():
    ee = EventEmitter()
    ee.setMaxListeners(1)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        ee.on('event-type', print)
        ee.on('event-type', print)
        ee.on('event-type', print)  # warned once per list
    assert len(caught) == 1
    w = caught[0].message
    assert isinstance(w, MaxListenersExceededWarning)
    assert (w.emitter, w.type, w.count) == (ee, 'event-type', 2)
    assert str(w) == ('Possible EventEmitter memory leak detected. 2 event-type listeners '
                      'added to [EventEmitter]. MaxListeners is 1. '
                      'Use emitter.setMaxListeners() to increase limit')
    assert caught[0].filename == __file__  # points at the caller's on() line


def test_warnings_can_be_turned_into_errors():
    ee = EventEmitter().setMaxListeners(1)
    ee.on('x', print)
    with warnings.catch_warnings():
        warnings.simplefilter('error', MaxListenersExceededWarning)
        with pytest.raises(MaxListenersExceededWarning):
            ee.on('x', print)


def test_bound_methods_are_removed_by_equality():
    class Listener:
        def __init__(self):
            self.calls = 0

        def on_event(self):
            self.calls += 1
    obj = Listener()
    ee = EventEmitter()
    ee.on('e', obj.on_event)
    ee.on('e', obj.on_event)
    ee.emit('e')
    ee.removeListener('e', obj.on_event)
    assert ee.listenerCount('e') == 1
    assert ee.listenerCount('e', obj.on_event) == 1
    ee.off('e', obj.on_event)
    assert ee.eventNames() == []
    assert obj.calls == 2


def test_class_level_aliases_and_statics():
    assert EventEmitter.on is EventEmitter.addListener
    assert EventEmitter.off is EventEmitter.removeListener
    assert EventEmitter.defaultMaxListeners == 10
    ee = EventEmitter()
    ee.on('x', print)
    assert EventEmitter.listenerCount(ee, 'x') == 1
    with pytest.raises(TypeError) as info:
        EventEmitter.captureRejections = 1
    assert str(info.value) == ('The "EventEmitter.captureRejections" property must be of '
                               'type boolean. Received type number (1)')
