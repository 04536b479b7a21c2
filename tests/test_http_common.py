"""``_http_common.parserOnHeadersComplete``: one parsed head -> one ``IncomingMessage``, both sides.

Node's ``parserOnHeadersComplete`` (lib/_http_common.js) fills the message the
client's ``parserOnIncomingClient`` and the server's ``parserOnIncoming`` get;
the client and server glue both call the port's twin.
"""

from __future__ import annotations

from typing import Any

from node_http_agent._http_common import parserOnHeadersComplete
from node_http_agent._http_incoming import IncomingMessage
from node_http_agent._wire import RequestHead, ResponseHead


class _Parser:
    def __init__(self, maxHeaderPairs: int | None) -> None:
        self.socket = None
        self.maxHeaderPairs = maxHeaderPairs


class _MyIncoming(IncomingMessage):
    pass


def test_response_head_fills_a_client_message(run: Any) -> None:
    def main() -> None:
        raw = ['Content-Length', '3', 'X-A', '1', 'x-a', '2']
        head = ResponseHead(404, 'Not Found', '1.0', raw, False, False)
        res = parserOnHeadersComplete(_Parser(2000), head, IncomingMessage, True)
        assert type(res) is IncomingMessage
        assert (res.httpVersion, res.httpVersionMajor, res.httpVersionMinor) == ('1.0', 1, 0)
        assert (res.statusCode, res.statusMessage) == (404, 'Not Found')
        assert res.method is None and res.url == ''   # a response has neither
        assert res.rawHeaders is raw and res.upgrade is False
        assert res.joinDuplicateHeaders is True
        assert res.headers == {'content-length': '3', 'x-a': '1, 2'}
    run(main)


def test_request_head_fills_a_server_message(run: Any) -> None:
    def main() -> None:
        raw = ['Host', 'h', 'Upgrade', 'websocket', 'Connection', 'upgrade']
        head = RequestHead('GET', '/chat?x=1', '1.1', raw, True, True)
        # maxHeaderPairs bounds the rawHeaders entries headers reads, as Node's
        # parser.maxHeaderPairs bounds _addHeaderLines.
        req = parserOnHeadersComplete(_Parser(2), head, _MyIncoming, False)
        assert type(req) is _MyIncoming                  # the server's IncomingMessage option
        assert (req.method, req.url) == ('GET', '/chat?x=1')
        assert (req.httpVersion, req.httpVersionMajor, req.httpVersionMinor) == ('1.1', 1, 1)
        assert req.statusCode is None and req.upgrade is True
        assert req.headers == {'host': 'h'}
        assert req.rawHeaders == raw
    run(main)


def test_version_outside_the_table(run: Any) -> None:
    def main() -> None:
        head = ResponseHead(200, 'OK', '3.7', [], True, False)
        res = parserOnHeadersComplete(_Parser(None), head)
        assert (res.httpVersion, res.httpVersionMajor, res.httpVersionMinor) == ('3.7', 3, 7)
    run(main)
