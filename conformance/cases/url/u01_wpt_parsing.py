# new URL(input, base) on every input of WPT's urltestdata.json (inputs only, from Node's test/fixtures/wpt): href, origin and each component, or the error code
import json

from conformance.trace import log
from node_http_agent.url import URL

with open('wpt_urltestdata_inputs.json', encoding='utf-8') as f:
    cases = json.load(f)

for i, c in enumerate(cases):
    try:
        u = URL(c['input']) if c['base'] is None else URL(c['input'], c['base'])
        log(i, [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port,
                u.pathname, u.search, u.hash, json.dumps(u.toJSON()) == json.dumps(u.href)])
    except Exception as e:
        log(i, 'throws', e.code, e.input == c['input'])
