"""Methods called as JavaScript borrows them (``Class.method(obj, ...)`` on an object that
is not an instance, agentkeepalive's HttpsAgent and agent-base patterns), and
``ClientRequest.outputData`` entries as Node's ``{data, encoding, callback}`` objects."""

import math

import pytest

from node_http_agent import http, https, net
from node_http_agent.events import EventEmitter


class PlainAgent:
    """Not an Agent: only the fields the hooks read, and the hooks borrowed from the classes
    (``HttpsAgent.prototype[m] = OriginalHttpsAgent.prototype[m]``)."""

    on = EventEmitter.on
    once = EventEmitter.once
    emit = EventEmitter.emit
    removeListener = EventEmitter.removeListener
    getName = https.Agent.getName
    addRequest = http.Agent.addRequest
    createSocket = http.Agent.createSocket
    removeSocket = http.Agent.removeSocket
    keepSocketAlive = http.Agent.keepSocketAlive
    reuseSocket = http.Agent.reuseSocket
    destroy = http.Agent.destroy
    createConnection = http.Agent.createConnection
    _getSession = https.Agent._getSession
    _cacheSession = https.Agent._cacheSession
    _evictSession = https.Agent._evictSession

    def __init__(self):
        self.options = {'path': None, 'noDelay': True}
        self.requests = {}
        self.sockets = {}
        self.freeSockets = {}
        self.keepAlive = False
        self.keepAliveMsecs = 1000
        self.maxSockets = math.inf
        self.maxFreeSockets = 256
        self.maxTotalSockets = math.inf
        self.totalSocketCount = 0
        self.scheduling = 'lifo'
        self.maxCachedSessions = 2
        self._sessionCache = {'map': {}, 'list': []}
        self.defaultPort = 80
        self.protocol = 'http:'


def test_get_name_borrowed_by_a_plain_object():
    plain = PlainAgent()
    options = {'host': 'h', 'port': 8443, 'servername': 'sni', 'rejectUnauthorized': False}
    assert http.Agent.getName(plain, options) == http.Agent().getName(options)
    assert https.Agent.getName(plain, options) == https.Agent().getName(options)
    assert plain.getName(options) == https.Agent().getName(options)


def test_https_agent_subclass_of_http_agent_borrows_https_hooks():
    # agentkeepalive: class HttpsAgent extends HttpAgent (an http.Agent), with getName and
    # the session cache copied from https.Agent.prototype.
    class HttpsAgent(http.Agent):
        getName = https.Agent.getName
        _getSession = https.Agent._getSession
        _cacheSession = https.Agent._cacheSession
        _evictSession = https.Agent._evictSession

        def __init__(self, options=None):
            http.Agent.__init__(self, options)
            self.defaultPort = 443
            self.protocol = 'https:'
            self.maxCachedSessions = 100
            self._sessionCache = {'map': {}, 'list': []}
    agent = HttpsAgent()
    assert agent.getName({'host': 'a', 'port': 1, 'ca': 'x'}) == \
        https.Agent().getName({'host': 'a', 'port': 1, 'ca': 'x'})
    agent._cacheSession('k', 's')
    assert agent._getSession('k') == 's'


def test_session_cache_hooks_on_a_plain_object():
    plain = PlainAgent()
    for key in ('a', 'b', 'c'):
        https.Agent._cacheSession(plain, key, f'session-{key}')
    assert plain._sessionCache['list'] == ['b', 'c']  # maxCachedSessions 2
    assert https.Agent._getSession(plain, 'c') == 'session-c'
    https.Agent._evictSession(plain, 'b')
    assert plain._sessionCache == {'map': {'c': 'session-c'}, 'list': ['c']}


def test_keep_and_reuse_socket_hooks_on_a_plain_object(run):
    plain = PlainAgent()
    seen = {}

    def main():
        socket = net.Socket()
        socket._httpMessage = None
        seen['keep'] = http.Agent.keepSocketAlive(plain, socket)
        req = type('Req', (), {})()
        http.Agent.reuseSocket(plain, socket, req)
        seen['reused'] = req.reusedSocket
        socket.destroy()
    run(main)
    assert seen == {'keep': True, 'reused': True}


def test_a_plain_object_agent_serves_a_request(common, run):
    plain = PlainAgent()
    plain.on('free', lambda socket, options: socket.destroy())

    def main():
        server = http.createServer(lambda req, res: res.end('ok'))

        def onlisten():
            def onresponse(res):
                res.resume()

                def onend():
                    assert plain.getName({'host': '127.0.0.1', 'port': port}) \
                        in plain.sockets
                    server.close()
                    http.Agent.destroy(plain)
                res.on('end', onend)
            port = server.address()['port']
            http.get({'host': '127.0.0.1', 'port': port, 'agent': plain},
                     common.mustCall(onresponse))
        server.listen(0, '127.0.0.1', onlisten)
    run(main)


def test_create_connection_borrowed(run):
    plain = PlainAgent()
    made = []

    def main():
        server = net.createServer(lambda c: c.end())

        def onlisten():
            socket = http.Agent.createConnection(plain, server.address()['port'], '127.0.0.1')
            made.append(isinstance(socket, net.Socket))
            socket.on('close', lambda *a: server.close())
            socket.resume()
        server.listen(0, '127.0.0.1', onlisten)
    run(main)
    assert made == [True]


def test_event_emitter_methods_on_a_foreign_object():
    class Foreign:
        pass
    obj = Foreign()
    calls = []
    assert EventEmitter.emit(obj, 'x') is False
    EventEmitter.on(obj, 'x', calls.append)
    EventEmitter.once(obj, 'x', calls.append)
    assert EventEmitter.listenerCount(obj, 'x') == 2
    assert EventEmitter.emit(obj, 'x', 1) is True
    assert calls == [1, 1]
    assert EventEmitter.listeners(obj, 'x') == [calls.append]
    EventEmitter.removeListener(obj, 'x', calls.append)
    assert EventEmitter.eventNames(obj) == []
    EventEmitter.setMaxListeners(obj, 1)
    assert EventEmitter.getMaxListeners(obj) == 1
    EventEmitter.removeAllListeners(obj)
    err = ValueError('boom')
    with pytest.raises(ValueError) as info:
        EventEmitter.emit(Foreign(), 'error', err)
    assert info.value is err


def test_emitter_before_init():
    class Late(EventEmitter):
        def __init__(self):
            self.on('x', lambda: None)  # before the base initializer, as Node allows
            EventEmitter.init(self)

    late = Late()
    assert late.listenerCount('x') == 1

    class Never(EventEmitter):
        def __init__(self):
            pass
    never = Never()
    assert never.emit('x') is False
    never.on('x', lambda: None)
    assert never.listenerCount('x') == 1


def test_output_data_entries_are_node_objects_and_patchable(common, run):
    seen = []

    def main():
        server = http.createServer(lambda req, res: (seen.append(req.url), res.end()))

        def onlisten():
            req = http.request({'host': '127.0.0.1', 'port': server.address()['port'],
                                'path': '/original', 'agent': False},
                               common.mustCall(lambda res: (res.resume(),
                                                            res.on('end', server.close))))
            req.end()
            first = req.outputData[0]
            assert set(first) == {'data', 'encoding', 'callback'}
            assert first['data'].startswith('GET /original HTTP/1.1\r\n')
            # http-proxy-agent: rewrite the head that is waiting for the socket.
            data = first['data']
            endOfHeaders = data.index('\r\n\r\n') + 4
            req._header = req._header.replace('/original', '/patched')
            req.outputData[0]['data'] = req._header + data[endOfHeaders:]
        server.listen(0, '127.0.0.1', onlisten)
    run(main)
    assert seen == ['/patched']


def test_output_data_body_entries_keep_bytes(run):
    entries = []

    def main():
        req = http.request({'host': '127.0.0.1', 'port': 1, 'agent': False, 'method': 'POST'})
        req.on('error', lambda e: None)
        req.write(b'abc')
        req.write(b'def', lambda *a: None)
        entries.extend(req.outputData)
        req.destroy()
    run(main)
    # The head (with the chunk sent along with it) is a latin1 string, as in Node; later
    # chunks stay bytes. (Node splits a chunk's framing into more entries.)
    assert entries[0]['encoding'] == 'latin1'
    assert entries[0]['data'].endswith('\r\n\r\n3\r\nabc\r\n')
    assert entries[1]['data'] == b'3\r\ndef\r\n' and entries[1]['encoding'] is None
    assert callable(entries[1]['callback'])
