"""Save Node 20's API headings and their nodejs.org anchors: docs/_data/node20-headings.json.

The anchors of https://nodejs.org/docs/latest-v20.x/api/ are computed from the headings of Node's
``doc/api/<module>.md`` the way Node's doc tool (tools/doc/html.mjs) does: lowercase, drop
every character other than a letter, a digit, a space, ``-`` or ``_``, each space to ``-``;
a heading met again in the same file gets ``_1``, ``_2``, ... Where the built pages
(``<module>.html``) sit beside the sources, as in the nodejs package's
/usr/share/doc/nodejs/api, every computed anchor is checked against their ``id``s.

    python docs/gen_node_headings.py [NODE_DOC_API_DIR]

Run it with Node 20's docs only (``node --version`` says which docs the package ships).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

MODULES = ('events', 'stream', 'string_decoder', 'net', 'tls', 'http', 'https', 'url', 'fs',
           'dns', 'process', 'timers', 'diagnostics_channel', 'errors', 'globals', 'util')
OUT = Path(__file__).resolve().parent / '_data' / 'node20-headings.json'
DEFAULT_DIR = Path('/usr/share/doc/nodejs/api')

_HEADING = re.compile(r'^(#{1,6})\s+(.*?)\s*#*\s*$')
_FENCE = re.compile(r'^\s*(```|~~~)')
_DROP = re.compile(r'[^a-z0-9 _-]')


def slug(text: str) -> str:
    """The anchor nodejs.org gives a heading, before de-duplication."""
    return _DROP.sub('', text.lower()).replace(' ', '-')


def headings(markdown: str) -> list[list[str]]:
    """``[['### `agent.getName([options])`', 'agentgetnameoptions'], ...]`` in file order."""
    out: list[list[str]] = []
    seen: dict[str, int] = {}
    fenced = False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
            continue
        match = None if fenced else _HEADING.match(line)
        if match is None:
            continue
        hashes, text = match.groups()
        anchor = slug(text)
        count = seen.get(anchor, 0)
        seen[anchor] = count + 1
        out.append([f'{hashes} {text}', f'{anchor}_{count}' if count else anchor])
    return out


def html_anchors(html: str) -> list[str]:
    """The heading anchors of a page built by Node's doc tool, in page order."""
    return re.findall(r'<a class="mark" href="#([^"]*)"', html)


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIR
    data: dict[str, list[list[str]]] = {}
    for module in MODULES:
        found = headings((source / f'{module}.md').read_text(encoding='utf-8'))
        page = source / f'{module}.html'
        if page.exists():
            built = html_anchors(page.read_text(encoding='utf-8'))
            computed = [anchor for _, anchor in found]
            if computed != built:
                wrong = [(c, b) for c, b in zip(computed, built, strict=False) if c != b]
                print(f'{module}: computed anchors differ from {page}: {wrong[:5]} '
                      f'({len(computed)} vs {len(built)})', file=sys.stderr)
                return 1
        data[module] = found
    OUT.parent.mkdir(exist_ok=True)
    lines = ',\n'.join(
        f'  {json.dumps(module)}: [\n' + ',\n'.join(
            f'    {json.dumps(pair, ensure_ascii=False)}' for pair in pairs) + '\n  ]'
        for module, pairs in data.items())
    OUT.write_text('{\n' + lines + '\n}\n', encoding='utf-8')  # one heading a line
    print(f'{OUT}: {sum(map(len, data.values()))} headings of {len(data)} modules')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
