# string_decoder: encoding normalization (case, dashes, aliases, default) and ERR_UNKNOWN_ENCODING - test-string-decoder.js
from conformance.trace import log
from node_http_agent.string_decoder import StringDecoder

for enc in [None, None, '', 'utf8', 'UTF8', 'utf-8', 'UTF-8', 'Utf-8', 'ucs2', 'UCS2', 'ucs-2',
            'utf16le', 'UTF16LE', 'utf-16le', 'UTF-16LE', 'latin1', 'binary', 'BINARY', 'base64', 'Base64',
            'base64url', 'BASE64URL', 'hex', 'Hex', 'ascii', 'Ascii']:
    log(enc, StringDecoder(enc).encoding)
for enc in ['utf16', 'utf-16', 'utf_8', 'latin-1', 'bogus', 'utf32', 'u', 1, False, {}]:
    try:
        StringDecoder(enc)
        log(enc, 'no error')
    except Exception as e:
        log(enc, isinstance(e, TypeError), e.code, str(e))
