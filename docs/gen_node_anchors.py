"""Write docs/api/node-map.md: each public name of the API reference beside Node 20's documentation.

The names are the ones the API reference shows (mkdocstrings: griffe, ``filters: ["!^_"]``, no
inherited or privately imported members), module by module. Each is matched to a heading of
Node 20's ``doc/api/<module>.md`` (saved in docs/_data/node20-headings.json by
docs/gen_node_headings.py, so no network is needed) by rule:

* a class ``http.Agent`` to ``Class: `http.Agent```;
* a member ``http.Agent.getName`` to ``agent.getName([options])`` in that class's section, or
  in a base class's (``stream.Duplex.writableEnded`` to ``writable.writableEnded``,
  ``stream.Readable.on`` to ``emitter.on(eventName, listener)``), or a static
  ``stream.Readable.from(iterable[, options])``;
* a module-level name ``http.request`` to ``http.request(options[, callback])``
  (``setTimeout(...)`` for a global);
* an error class ``errors.ERR_X`` to ``ERR_X``;

else by the hand-kept tables below: ``OVERRIDES`` (a name that does not match by rule, to a
heading), ``NOT_IN_NODE`` (names with no Node counterpart, and why: the port's own machinery,
Node internals the port keeps under Node's names, the extensions of docs/extensions.md) and
``DIFFERENCES`` (the difference column).

    python docs/gen_node_anchors.py          # write docs/api/node-map.md
    python docs/gen_node_anchors.py --check  # exit 1 if it is stale

tests/test_docs_node_map.py checks the page is current and every name is accounted for;
``mkdocs build`` runs the same check (this file is a hook in mkdocs.yml) and fails on it.
"""

from __future__ import annotations

import json
import keyword
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADINGS = ROOT / 'docs' / '_data' / 'node20-headings.json'
EXTENSIONS = ROOT / 'docs' / 'extensions.md'
OUT = ROOT / 'docs' / 'api' / 'node-map.md'
NODE_URL = 'https://nodejs.org/docs/latest-v20.x/api/'
PACKAGE = 'node_http_agent'

# Python module (docs/api/<module>.md) -> Node's doc page.
MODULES = {
    'events': 'events', 'stream': 'stream', 'string_decoder': 'string_decoder', 'net': 'net',
    'tls': 'tls', 'http': 'http', 'https': 'https', 'url': 'url', 'fs': 'fs', 'dns': 'dns',
    'process': 'process', 'timers': 'timers', 'diagnostics_channel': 'diagnostics_channel',
    'errors': 'errors', 'abort': 'globals', 'util': 'util',
}
# docs/api/<page>.md for a module whose page name differs.
PAGES = {'abort': 'abort'}

# Names that do not match a heading by rule: python name -> 'page#anchor' (page defaults to
# the module's Node page). Each anchor must be one of the saved headings.
OVERRIDES: dict[str, str] = {
    'events.EventEmitter.captureRejectionSymbol': 'eventscapturerejectionsymbol',
    'events.EventEmitter.errorMonitor': 'eventserrormonitor',
    'stream.pipeline': 'streampipelinesource-transforms-destination-callback',
    'stream.finished': 'streamfinishedstream-options-callback',
    'stream.isDisturbed': 'streamreadableisdisturbedstream',
    'stream.Readable.iterator': 'readablesymbolasynciterator',
    'stream.Readable.asyncDispose': 'readablesymbolasyncdispose',
    'stream.Writable.asyncDispose': 'writablesymbolasyncdispose',
    'stream.Readable.nodejs_rejection':
        'events#emittersymbolfornodejsrejectionerr-eventname-args',
    'stream.Readable.push': 'readablepushchunk-encoding',
    'stream.Stream': 'api-for-stream-consumers',
    'string_decoder.StringDecoder.encoding': 'new-stringdecoderencoding',
    'net.Server.allowHalfOpen': 'netcreateserveroptions-connectionlistener',
    'net.Server.pauseOnConnect': 'netcreateserveroptions-connectionlistener',
    'net.Server.noDelay': 'netcreateserveroptions-connectionlistener',
    'net.Server.keepAlive': 'netcreateserveroptions-connectionlistener',
    'net.Server.keepAliveInitialDelay': 'netcreateserveroptions-connectionlistener',
    'net.Server.highWaterMark': 'netcreateserveroptions-connectionlistener',
    'net.Stream': 'class-netsocket',
    'tls.SecureContext': 'tlscreatesecurecontextoptions',
    'tls.CLIENT_RENEG_LIMIT': 'client-initiated-renegotiation-attack-mitigation',
    'tls.CLIENT_RENEG_WINDOW': 'client-initiated-renegotiation-attack-mitigation',
    'http.Agent.keepAlive': 'new-agentoptions',
    'http.Agent.keepAliveMsecs': 'new-agentoptions',
    'http.Agent.scheduling': 'new-agentoptions',
    'http.IncomingMessage.httpVersionMajor': 'messagehttpversion',
    'http.IncomingMessage.httpVersionMinor': 'messagehttpversion',
    'http.ServerResponse.writeHeader': 'responsewriteheadstatuscode-statusmessage-headers',
    'http.Server.maxHeaderSize': 'httpcreateserveroptions-requestlistener',
    'http.Server.insecureHTTPParser': 'httpcreateserveroptions-requestlistener',
    'http.Server.connectionsCheckingInterval': 'httpcreateserveroptions-requestlistener',
    'http.Server.requireHostHeader': 'httpcreateserveroptions-requestlistener',
    'http.Server.joinDuplicateHeaders': 'httpcreateserveroptions-requestlistener',
    'http.Server.rejectNonStandardBodyWrites': 'httpcreateserveroptions-requestlistener',
    'https.Agent.maxCachedSessions': 'new-agentoptions',
    'https.Agent.createConnection': 'http#agentcreateconnectionoptions-callback',
    'https.Agent.getName': 'http#agentgetnameoptions',
    'https.Server.maxRequestsPerSocket': 'http#servermaxrequestspersocket',
    'fs.constants': 'fsconstants',
    'fs.ReadStream.start': 'fscreatereadstreampath-options',
    'fs.ReadStream.end': 'fscreatereadstreampath-options',
    'fs.ReadStream.autoClose': 'fscreatereadstreampath-options',
    'fs.WriteStream.start': 'fscreatewritestreampath-options',
    'fs.WriteStream.autoClose': 'fscreatewritestreampath-options',
    'dns.isIP': 'net#netisipinput',
    'dns.promises': 'dns-promises-api',
    'timers.TIMEOUT_MAX': 'settimeoutcallback-delay-args',
    'diagnostics_channel.httpClientRequestStart': 'http',
    'diagnostics_channel.httpClientRequestError': 'http',
    'diagnostics_channel.httpClientResponseFinish': 'http',
    'diagnostics_channel.httpServerRequestStart': 'http',
    'diagnostics_channel.httpServerResponseFinish': 'http',
    'diagnostics_channel.netClientSocket': 'net',
    'diagnostics_channel.netServerSocket': 'net',
    'diagnostics_channel.netServerListen': 'net',
    'diagnostics_channel.TracingChannel.start': 'tracingchannel-channels',
    'diagnostics_channel.TracingChannel.end': 'tracingchannel-channels',
    'diagnostics_channel.TracingChannel.asyncStart': 'tracingchannel-channels',
    'diagnostics_channel.TracingChannel.asyncEnd': 'tracingchannel-channels',
    'diagnostics_channel.TracingChannel.error': 'tracingchannel-channels',
    'errors.NodeError': 'class-error',
    'errors.NodeError.code': 'errorcode',
    'errors.NodeError.message': 'errormessage',
    'errors.NodeTypeError': 'class-typeerror',
    'errors.NodeRangeError': 'class-rangeerror',
    'errors.DOMException': 'globals#domexception',
    'errors.AbortError': 'abort_err',
    'errors.AbortError.code': 'abort_err',
    'errors.AbortError.cause': 'errorcause',
    'errors.HTTPParserError': 'hpe_header_overflow',
    'errors.OpenSSLError': 'openssl-errors',
    'errors.OpenSSLError.library': 'errorlibrary',
    'errors.OpenSSLError.reason': 'errorreason',
    'errors.X509_CODES': 'openssl-error-codes',
    'errors.X509_TEXT': 'openssl-error-codes',
    'abort.AbortSignal.abort': 'static-method-abortsignalabortreason',
    'abort.AbortSignal.timeout': 'static-method-abortsignaltimeoutdelay',
    'abort.AbortSignal.any': 'static-method-abortsignalanysignals',
    'util.formatS': 'utilformatformat-args',
}

OVERRIDES.update({
    'http.OutgoingMessage.sendDate': 'responsesenddate',
    'http.OutgoingMessage.strictContentLength': 'responsestrictcontentlength',
    'http.OutgoingMessage.finished': 'requestfinished',
    'http.OutgoingMessage.getRawHeaderNames': 'requestgetrawheadernames',
    'http.OutgoingMessage.destroyed': 'requestdestroyed',
})
for _name in ('O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND',
              'O_SYNC'):
    OVERRIDES[f'fs.constants.{_name}'] = 'file-open-constants'
for _name in ('ADDRCONFIG', 'V4MAPPED', 'ALL'):
    OVERRIDES[f'dns.{_name}'] = 'supported-getaddrinfo-flags'
for _name in ('NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY',
              'BADNAME', 'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE',
              'NOMEM', 'DESTRUCTION', 'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS',
              'NOTINITIALIZED', 'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED'):
    OVERRIDES[f'dns.{_name}'] = 'error-codes'

# Names with no Node counterpart: python name (or a class: its members too) -> why. Each
# text starts with "not in Node".
EXTENSION = 'not in Node (extension)'
NOT_IN_NODE: dict[str, str] = {}


def _not_in_node(reason: str, *names: str) -> None:
    for name in names:
        NOT_IN_NODE[name] = reason


def _internal(source: str, *names: str) -> None:
    _not_in_node(f'not in Node\'s documentation: kept from `{source}`', *names)


_not_in_node('not in Node: the process lifetime', 'process.Lifetime', 'process.lifetime',
             'process.lastTick', 'process.beforeRun', 'process.uvloopFactory')
NOT_IN_NODE['process.run'] = ('not in Node: the process lifetime (runs `main` as '
                              '`node main.js` runs a program)')
_not_in_node(EXTENSION, *(f'http.Agent.{name}' for name in (
    'getCurrentStatus', 'statusChanged', 'close', 'createSocketCount', 'createSocketErrorCount',
    'closeSocketCount', 'errorSocketCount', 'timeoutSocketCount', 'requestCount')))
_not_in_node(EXTENSION, *(f'http.AgentOptions.{name}' for name in (
    'freeSocketTimeout', 'socketActiveTTL', 'maxRequestsPerSocket', 'checkIdleSocket',
    'maxQueuedRequests', 'queueTimeout', 'retryStaleSocket')))
_not_in_node(EXTENSION, 'errors.ERR_AGENT_QUEUE_FULL', 'errors.ERR_AGENT_QUEUE_TIMEOUT',
             'errors.ERR_AGENT_CLOSED')
_not_in_node('not in Node: a Python type for the options dict', 'http.AgentOptions',
             'http.RequestOptions', 'http.ServerOptions', 'https.AgentOptions',
             'https.RequestOptions', 'https.ServerOptions')
_not_in_node('not in Node: the type of a listener', 'events.Listener')
_not_in_node('not in Node: Python\'s `self.name` of the JavaScript class (`err.name`)',
             'errors.NodeError.jsName', 'errors.NodeTypeError.jsName',
             'errors.NodeRangeError.jsName', 'errors.AbortError.jsName',
             'errors.AggregateError.jsName', 'errors.SystemError.jsName')
_not_in_node('not in Node: the port\'s error when no event loop runs',
             'errors.ERR_NO_RUNNING_LOOP')
_not_in_node('not in Node: JavaScript\'s `undefined`, `Symbol` and value conversions',
             'util.UNDEFINED', 'util.Symbol', 'util.truthy', 'util.numberToString',
             'util.toString', 'util.toNumber', 'util.toInt32')
_not_in_node('not in Node: the port\'s constant', 'net.HIGH_WATER_MARK')
_internal('lib/events.js', 'events.EventEmitter.init')
_internal('lib/internal/process/warning.js', 'events.MaxListenersExceededWarning')
_internal('lib/internal/streams/destroy.js', 'stream.destroy')
_internal('lib/internal/streams/utils.js', 'stream.isDestroyed', 'stream.isWritable')
_internal('lib/internal/streams/legacy.js', 'stream.Stream.pipe')
_internal('lib/internal/streams/writable.js', 'stream.Writable.WritableState',
          'stream.Writable.pipe', 'stream.Writable.writableBuffer',
          'stream.Duplex.writableBuffer')
_internal('lib/internal/streams/readable.js', 'stream.Readable.readableBuffer')
_internal('lib/string_decoder.js', 'string_decoder.normalizeEncoding',
          'string_decoder.StringDecoder.text', 'string_decoder.StringDecoder.lastChar',
          'string_decoder.StringDecoder.lastNeed', 'string_decoder.StringDecoder.lastTotal')
_internal('lib/net.js', 'net.Socket.server')
_internal('lib/_http_client.js', 'net.Socket.parser')
_internal('lib/_tls_common.js', 'tls.SecureContext.context')
_internal('lib/_tls_wrap.js', *(f'tls.TLSSocket.{name}' for name in (
    'secureConnecting', 'servername', 'alpnProtocol', 'server', 'setSession',
    'setServername')))
_internal('lib/_http_agent.js', *(f'http.Agent.{name}' for name in (
    'defaultMaxSockets', 'defaultPort', 'protocol', 'options', 'totalSocketCount',
    'addRequest', 'createSocket', 'removeSocket')), 'https.Agent.defaultPort',
    'https.Agent.protocol')
_internal('lib/_http_client.js', *(f'http.ClientRequest.{name}' for name in (
    'timeout', 'res', 'timeoutCb', 'upgradeOrConnect', 'parser', 'agent', 'socketPath',
    'maxHeaderSize', 'insecureHTTPParser', 'joinDuplicateHeaders',
    'useChunkedEncodingByDefault', 'shouldKeepAlive', 'onSocket', 'clearTimeout')))
_internal('lib/_http_incoming.js', 'http.IncomingMessage.joinDuplicateHeaders',
          'http.IncomingMessage.upgrade', 'http.IncomingMessage.req')
_internal('lib/_http_outgoing.js', *(f'http.OutgoingMessage.{name}' for name in (
    'outputSize', 'chunkedEncoding', 'shouldKeepAlive', 'maxRequestsOnConnectionReached',
    'useChunkedEncodingByDefault', 'agent', 'outputData', 'writable', 'errored',
    'writableNeedDrain')),
    'http.ServerResponse.useChunkedEncodingByDefault', 'http.ServerResponse.shouldKeepAlive')
_internal('lib/_http_server.js', 'http.ServerResponse.assignSocket',
          'http.ServerResponse.detachSocket', 'http.Server.httpAllowHalfOpen',
          'https.Server.httpAllowHalfOpen')
_internal('lib/internal/fs/utils.js', 'fs.assertEncoding', 'fs.getOptions', 'fs.toPath',
          'fs.validatePath', 'fs.getValidatedFd', 'fs.stringToFlags')
_internal('lib/internal/validators.js', 'fs.parseFileMode')
_internal('lib/internal/fs/streams.js', 'fs.kIoDone', 'fs.importFd', 'fs.ReadStream.pos',
          'fs.WriteStream.pos', 'fs.ReadStream.close', 'fs.WriteStream.flush',
          'fs.WriteStream.destroySoon')
_not_in_node('not in Node: the port\'s whole-buffer write loop', 'fs.writeAll', 'fs.writevAll')
_internal('lib/internal/dns/utils.js', 'dns.validFamilies', 'dns.validDnsOrders')
_internal("lib/dns.js (internalBinding('cares_wrap'))", 'dns.GetAddrInfoReqWrap')
_internal('lib/internal/errors.js', 'errors.determineSpecificType', 'errors.MESSAGES',
          'errors.aggregateTwoErrors', 'errors.NodeAggregateError', 'errors.AggregateError',
          'errors.DOMException.code', 'errors.DOMException.name', 'errors.errnoException',
          'errors.exceptionWithHostPort',
          'errors.dnsException', 'errors.genericNodeError', 'errors.connResetException',
          'errors.uvException', 'errors.NodeError.name', 'errors.SystemError.strerror',
          'errors.HTTPParserError.code', 'errors.HTTPParserError.reason',
          'errors.HTTPParserError.bytesParsed', 'errors.HTTPParserError.rawPacket',
          'errors.OpenSSLError.code')
_internal('lib/_tls_wrap.js (`x509VerifyError` of src/crypto)', 'errors.sslError',
          'errors.x509VerifyError', 'errors.x509CodeNumber')
_not_in_node('not in Node: turns a Python `OSError` into Node\'s error',
             'errors.fromOSError', 'errors.uvErrorFromOSError')
_internal('lib/diagnostics_channel.js', 'diagnostics_channel.Channel.name')
_internal('lib/buffer.js and lib/internal/util.js', 'util.codecName', 'util.encodeString',
          'util.normalizeEncoding', 'util.isEncoding')

# The difference column where one is worth saying: python name -> text.
DIFFERENCES: dict[str, str] = {
    'stream.Readable.iterator': '`async for chunk in readable` (Python\'s `__aiter__`)',
    'stream.Readable.asyncDispose': '`async with readable:`',
    'stream.Writable.asyncDispose': '`async with writable:`',
    'stream.Readable.nodejs_rejection': 'the `Symbol.for(\'nodejs.rejection\')` method',
    'stream.Stream': 'Node\'s legacy `Stream` base class',
    'net.Stream': 'Node\'s undocumented alias of `net.Socket`',
    'tls.SecureContext': 'what `tls.createSecureContext()` returns',
    'http.ServerResponse.writeHeader': 'Node\'s undocumented alias of `writeHead`',
    'util.formatS': 'the `%s` of `util.format`',
    'timers.TIMEOUT_MAX': 'the largest delay (2 ** 31 - 1 ms)',
    'dns.isIP': '`net.isIP`, which Node\'s dns uses',
}
for _name in ('net.Server.allowHalfOpen', 'net.Server.pauseOnConnect', 'net.Server.noDelay',
              'net.Server.keepAlive', 'net.Server.keepAliveInitialDelay',
              'net.Server.highWaterMark', 'http.Agent.keepAlive', 'http.Agent.keepAliveMsecs',
              'http.Agent.scheduling', 'https.Agent.maxCachedSessions',
              'http.Server.maxHeaderSize', 'http.Server.insecureHTTPParser',
              'http.Server.connectionsCheckingInterval', 'http.Server.requireHostHeader',
              'http.Server.joinDuplicateHeaders', 'http.Server.rejectNonStandardBodyWrites',
              'fs.ReadStream.start', 'fs.ReadStream.end', 'fs.ReadStream.autoClose',
              'fs.WriteStream.start', 'fs.WriteStream.autoClose',
              'string_decoder.StringDecoder.encoding'):
    DIFFERENCES[_name] = 'the option, kept as a property (undocumented in Node)'


@dataclass
class Heading:
    level: int
    text: str
    anchor: str
    kind: str = 'other'  # 'class', 'event', 'new', 'name'
    owner: str = ''      # 'agent' of agent.getName, 'http' of http.request
    member: str = ''     # 'getName'; a class's name for 'class' and 'new'


def parse_heading(raw: str, anchor: str) -> Heading:
    hashes, text = raw.split(' ', 1)
    heading = Heading(len(hashes), text, anchor)
    code = re.search(r'`([^`]*)`', text)
    if code is None:
        return heading
    name = code.group(1)
    if text.startswith('Class: '):
        heading.kind = 'class'
        heading.member = name.split(' extends ')[0].split('.')[-1]
    elif text.startswith('Event: '):
        heading.kind = 'event'
    elif name.startswith('new '):
        heading.kind = 'new'
        heading.member = name[4:].split('(')[0].split('.')[-1]
    elif text.startswith('`'):
        callee = name.split('(')[0].split('[')[0]
        owner, _, member = callee.rpartition('.')
        if re.fullmatch(r'[A-Za-z_$][\w$]*', member):
            heading.kind, heading.owner, heading.member = 'name', owner, member
    return heading


@dataclass
class NodePage:
    name: str
    headings: list[Heading]
    anchors: set[str] = field(default_factory=set)

    def section(self, cls: str) -> list[Heading]:
        """The headings under ``Class: `<...>.cls``` (empty if Node has no such class)."""
        for i, heading in enumerate(self.headings):
            if heading.kind == 'class' and heading.member == cls:
                out = []
                for inner in self.headings[i + 1:]:
                    if inner.level <= heading.level:
                        break
                    out.append(inner)
                return [heading, *out]
        return []


def load_pages() -> dict[str, NodePage]:
    data = json.loads(HEADINGS.read_text(encoding='utf-8'))
    pages = {}
    for name, pairs in data.items():
        headings = [parse_heading(raw, anchor) for raw, anchor in pairs]
        pages[name] = NodePage(name, headings, {anchor for _, anchor in pairs})
    return pages


@dataclass
class Name:
    path: str            # 'http.Agent.getName' (without the package)
    kind: str            # griffe's: 'class', 'function', 'attribute', ...
    owner: str = ''      # 'http.Agent' for a member
    bases: list[str] = field(default_factory=list)  # the owner's MRO class names


def public_names() -> dict[str, list[Name]]:
    """The names the API reference shows, per module, in the reference's order."""
    import griffe

    loader = griffe.GriffeLoader(search_paths=[str(ROOT)])
    out: dict[str, list[Name]] = {}

    def walk(obj, names: list[Name], owner: str, bases: list[str]) -> None:
        members = obj.all_members if obj.is_class else obj.members
        for name, member in members.items():
            if member.inherited or name.startswith('_'):
                continue
            if member.is_alias and member.is_imported and not member.is_public:
                continue
            kind = member.kind.value
            if kind == 'module':
                continue
            path = member.path.removeprefix(PACKAGE + '.')
            if not member.is_alias or obj.is_class:
                path = f'{owner}.{name}' if owner else path
            names.append(Name(path, kind, owner if obj.is_class else '', bases))
            if kind == 'class':
                mro = [member.name] + [base.name for base in member.mro()]
                walk(member, names, path, mro)

    package = loader.load(PACKAGE)  # once: loading a submodule loads the whole package
    for module in MODULES:
        obj = package[module]
        names: list[Name] = []
        walk(obj, names, '', [])
        for name in names:  # module-level names: path is module.name
            if not name.owner:
                name.path = f'{module}.{name.path.rsplit(".", 1)[-1]}'
        out[module] = names
    return out


def _member_match(headings: list[Heading], member: str) -> Heading | None:
    for heading in headings:
        if heading.kind == 'name' and heading.member == member and heading.owner:
            return heading
    return None


def match(name: Name, module: str, pages: dict[str, NodePage]) -> tuple[str, Heading] | None:
    """(page, heading) of Node's documentation of ``name`` by rule, or None."""
    page = pages[MODULES[module]]
    last = name.path.rsplit('.', 1)[-1]
    if keyword.iskeyword(last[:-1]):
        last = last[:-1]  # `from_` is Node's `from`
    if name.kind == 'class':
        for candidate in (page, *pages.values()):
            section = candidate.section(last)
            if section:
                return candidate.name, section[0]
        # `ERR_X` of errors.md; `DOMException`-style headings of globals.md.
        found = [h for h in page.headings if h.text == f'`{last}`']
        return (page.name, found[0]) if found else None
    if name.owner:
        cls = name.owner.rsplit('.', 1)[-1]
        # Static members: `stream.Readable.from(...)`.
        for heading in page.headings:
            if heading.kind == 'name' and heading.member == last and \
                    heading.owner.rsplit('.', 1)[-1] == cls:
                return page.name, heading
        for base in name.bases or [cls]:
            for candidate in (page, *pages.values()):
                section = candidate.section(base)
                if section:
                    found = _member_match(section[1:], last)
                    if found:
                        return candidate.name, found
                    break
        return None
    node_module = MODULES[module]
    for heading in page.headings:
        if heading.kind == 'name' and heading.member == last and \
                heading.owner in (node_module, module, ''):
            return page.name, heading
    return None


def not_in_node(path: str) -> str | None:
    parts = path.split('.')
    for end in range(len(parts), 1, -1):
        reason = NOT_IN_NODE.get('.'.join(parts[:end]))
        if reason is not None:
            return reason
    return None


@dataclass
class Row:
    path: str
    page: str = ''
    anchor: str = ''
    heading: str = ''
    difference: str = ''


def rows(pages: dict[str, NodePage] | None = None,
         names: dict[str, list[Name]] | None = None) -> dict[str, list[Row]]:
    pages = pages or load_pages()
    names = names or public_names()
    out: dict[str, list[Row]] = {}
    for module, module_names in names.items():
        out[module] = []
        for name in module_names:
            row = Row(name.path, difference=DIFFERENCES.get(name.path, ''))
            last = name.path.rsplit('.', 1)[-1]
            if not row.difference and keyword.iskeyword(last[:-1]):
                row.difference = f'`{last[:-1]}` is a Python keyword'
            reason = not_in_node(name.path)
            override = OVERRIDES.get(name.path)
            if override is not None:
                page, _, anchor = override.rpartition('#')
                row.page, row.anchor = page or MODULES[module], anchor
                heading = next((h for h in pages[row.page].headings if h.anchor == anchor), None)
                row.heading = heading.text if heading else anchor
            elif reason is not None:
                row.difference = row.difference or reason
            else:
                found = match(name, module, pages)
                if found is not None:
                    row.page, heading = found
                    row.anchor, row.heading = heading.anchor, heading.text
            out[module].append(row)
    return out


def _cell(text: str) -> str:
    return text.replace('|', '\\|')


def render(table: dict[str, list[Row]]) -> str:
    mapped = sum(1 for rs in table.values() for r in rs if r.anchor)
    total = sum(map(len, table.values()))
    lines = [
        '# Node\'s documentation for each name',
        '',
        '<!-- Written by docs/gen_node_anchors.py from docs/_data/node20-headings.json; '
        'do not edit. -->',
        '',
        'Every public name of the API reference beside the section of '
        f'[Node 20\'s documentation]({NODE_URL}) that documents it, and how the port differs '
        'where it does. Names marked *not in Node* have no Node counterpart '
        '(see [Extensions beyond Node](../extensions.md) and '
        '[Deviations from Node](../deviations.md)).',
        '',
        f'{mapped} of {total} names link a Node section.',
        '',
    ]
    for module, module_rows in table.items():
        page = PAGES.get(module, module)
        count = sum(1 for row in module_rows if row.anchor)
        lines += [f'## {module}', '',
                  f'API reference: [`{PACKAGE}.{module}`]({page}.md). '
                  f'Node: [{MODULES[module]}]({NODE_URL}{MODULES[module]}.html). '
                  f'{count} of {len(module_rows)} names link a Node section.', '',
                  '| Python name | Node API | difference |', '|---|---|---|']
        for row in module_rows:
            node = ''
            if row.anchor:
                node = f'[{_cell(row.heading)}]({NODE_URL}{row.page}.html#{row.anchor})'
            python = f'[`{row.path}`]({page}.md#{PACKAGE}.{row.path})'
            lines.append(f'| {python} | {node} | {_cell(row.difference)} |')
        lines.append('')
    return '\n'.join(lines)


def problems(table: dict[str, list[Row]], pages: dict[str, NodePage]) -> list[str]:
    """What is wrong with docs/api/node-map.md (empty when it is current and complete)."""
    out = []
    missing = [row.path for module_rows in table.values() for row in module_rows
               if not row.anchor and not row.difference.startswith('not in Node')]
    if missing:
        out.append('public names with neither a Node anchor nor a "not in Node" entry '
                   f'(add them to OVERRIDES or NOT_IN_NODE in {Path(__file__).name}): '
                   + ', '.join(missing))
    wrong = [f'{row.path} -> {row.page}#{row.anchor}' for module_rows in table.values()
             for row in module_rows if row.anchor and row.anchor not in pages[row.page].anchors]
    if wrong:
        out.append('anchors that are not Node 20 headings: ' + ', '.join(wrong))
    if not OUT.exists() or OUT.read_text(encoding='utf-8') != render(table):
        out.append(f'{OUT.relative_to(ROOT)} is stale: run python docs/{Path(__file__).name}')
    return out


def on_pre_build(config: object, **kwargs: object) -> None:
    """mkdocs hook (mkdocs.yml ``hooks:``): the build fails while node-map.md is stale."""
    from mkdocs.exceptions import PluginError

    pages = load_pages()
    found = problems(rows(pages), pages)
    if found:
        raise PluginError('node-map: ' + '; '.join(found))


def main(argv: list[str]) -> int:
    pages = load_pages()
    table = rows(pages)
    if '--check' in argv:
        found = problems(table, pages)
        for problem in found:
            print(problem, file=sys.stderr)
        return 1 if found else 0
    OUT.write_text(render(table), encoding='utf-8')
    found = problems(table, pages)
    for problem in found:
        print(problem, file=sys.stderr)
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
