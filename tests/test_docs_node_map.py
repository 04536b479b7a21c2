"""docs/api/node-map.md: every public name of the API reference beside Node 20's documentation.

The page is written by docs/gen_node_anchors.py; this regenerates it in memory and checks that
it is current, that each public name links a Node 20 heading or says why it is not in Node,
and that each link's anchor is one nodejs.org gives (the headings saved in
docs/_data/node20-headings.json by docs/gen_node_headings.py).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

pytest.importorskip('griffe', reason="griffe (mkdocstrings' loader) is in the [docs] extra")

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / 'docs' / f'{name}.py')
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


gen = _load('gen_node_anchors')
headings_tool = _load('gen_node_headings')


@pytest.fixture(scope='module')
def pages():
    return gen.load_pages()


@pytest.fixture(scope='module')
def names():
    return gen.public_names()


@pytest.fixture(scope='module')
def table(pages, names):
    return gen.rows(pages, names)


def test_the_page_is_current(table):
    assert gen.OUT.read_text(encoding='utf-8') == gen.render(table), (
        'docs/api/node-map.md is stale: run python docs/gen_node_anchors.py')


def test_every_public_name_links_node_or_says_why_not(table):
    missing = [row.path for rows in table.values() for row in rows
               if not row.anchor and not row.difference.startswith('not in Node')]
    assert missing == [], (
        'public names with neither a Node anchor nor a "not in Node" entry; add them to '
        f'OVERRIDES or NOT_IN_NODE in docs/gen_node_anchors.py: {missing}')
    assert all(text.startswith('not in Node') for text in gen.NOT_IN_NODE.values())


def test_every_anchor_is_a_saved_node20_heading(table, pages):
    wrong = [(row.path, row.page, row.anchor) for rows in table.values() for row in rows
             if row.anchor and row.anchor not in pages[row.page].anchors]
    assert wrong == []


def test_the_hand_tables_name_public_names_only(names, pages):
    public = {name.path for module_names in names.values() for name in module_names}
    for table in (gen.OVERRIDES, gen.NOT_IN_NODE, gen.DIFFERENCES):
        assert sorted(set(table) - public) == []
    for path, target in gen.OVERRIDES.items():
        page, _, anchor = target.rpartition('#')
        page = page or gen.MODULES[path.split('.')[0]]
        assert anchor in pages[page].anchors, (path, target)


def test_extensions_are_the_ones_docs_extensions_md_describes():
    text = gen.EXTENSIONS.read_text(encoding='utf-8')
    marked = [path for path, why in gen.NOT_IN_NODE.items() if why == gen.EXTENSION]
    assert len(marked) >= 19
    assert [path for path in marked
            if not re.search(rf'[`.]{path.rsplit(".", 1)[-1]}\b', text)] == []


def test_coverage(table):
    total = sum(map(len, table.values()))
    mapped = sum(1 for rows in table.values() for row in rows if row.anchor)
    assert total > 800 and mapped / total > 0.65
    assert f'{mapped} of {total} names link a Node section.' in gen.OUT.read_text()


@pytest.mark.parametrize('heading, anchor', [
    ('`agent.getName([options])`', 'agentgetnameoptions'),
    ('`http.request(options[, callback])`', 'httprequestoptions-callback'),
    ('Class: `http.Agent`', 'class-httpagent'),
    ("Event: `'free'`", 'event-free'),
    ('`new Agent([options])`', 'new-agentoptions'),
    ('`http.STATUS_CODES`', 'httpstatus_codes'),
    ("`emitter[Symbol.for('nodejs.rejection')](err, eventName[, ...args])`",
     'emittersymbolfornodejsrejectionerr-eventname-args'),
])
def test_slug_is_nodejs_orgs(heading, anchor):
    assert headings_tool.slug(heading) == anchor


def test_saved_headings_are_slugged_and_deduplicated_as_node_does():
    data = json.loads(gen.HEADINGS.read_text(encoding='utf-8'))
    assert set(data) == set(headings_tool.MODULES)
    for module, pairs in data.items():
        markdown = '\n'.join(raw for raw, _ in pairs)
        assert headings_tool.headings(markdown) == pairs, module
    http = dict(map(tuple, data['http']))
    # A heading that differs between Node versions: Node 20's getName takes [options].
    assert http['### `agent.getName([options])`'] == 'agentgetnameoptions'
    closes = [anchor for raw, anchor in data['http'] if raw.endswith("Event: `'close'`")]
    assert closes[:3] == ['event-close', 'event-close_1', 'event-close_2']


def test_every_api_page_links_its_node_map_section():
    for module in gen.MODULES:
        page = ROOT / 'docs' / 'api' / f'{gen.PAGES.get(module, module)}.md'
        assert f'(node-map.md#{module})' in page.read_text(encoding='utf-8'), page
        assert re.search(rf'^## {module}$', gen.OUT.read_text(encoding='utf-8'), re.M)
