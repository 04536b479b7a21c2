"""Sans-IO HTTP/1.1: bytes to parse events, heads to bytes (STYLE.md section 2).

Like h11 it knows no socket, loop, timer or emitter: ``ClientRequest``,
``IncomingMessage`` and ``http.Server`` feed it the bytes they read, and
``OutgoingMessage`` writes body chunks framed by ``_writer``. Two parser
backends sit behind one interface: llhttp (the parser Node itself uses,
through httptools) and h11 (pure Python); see ``_llhttp.py`` and ``_h11.py``
for what each cannot do exactly as Node does.

    parser = ResponseParser()          # or ResponseParser(backend='h11')
    parser.expect('GET')
    for event in parser.feed(data): ...   # ResponseHead, Body, MessageEnd, Upgrade

A parse error raises ``node_http_agent.errors.HTTPParserError`` with Node's
``code``/``reason``/``rawPacket``; its ``events`` attribute holds the events
parsed before the error in that call (Node emits those first), and the parser
raises the same error on every later call.
"""

from ._base import ENV_VAR, RequestParser, ResponseParser, available_backends, default_backend
from ._events import Body, Event, MessageEnd, RequestHead, ResponseHead, Upgrade
from ._writer import LAST_CHUNK, chunk, last_chunk

__all__ = [
    'ResponseParser', 'RequestParser', 'default_backend', 'available_backends', 'ENV_VAR',
    'ResponseHead', 'RequestHead', 'Body', 'MessageEnd', 'Upgrade', 'Event',
    'chunk', 'LAST_CHUNK', 'last_chunk',
]
