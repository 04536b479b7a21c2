"""The one rule for entering library code from the loop (process.py's module docstring,
docs/architecture.md): outside process.py, nothing hands the loop a callback directly
(``call_soon``, ``call_later``, ``call_at``, ``create_task``, ``ensure_future``,
``add_done_callback``, ``add_reader``, ``add_writer``) unless that line says why it is
exempt (``# not a loop entry: <why>``); everything else goes through
``Lifetime.runCallback`` and its helpers, so the nextTick queue drains after each callback
as in Node."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / 'node_http_agent'
SCHEDULING = re.compile(r'\b(call_soon|call_later|call_at|create_task|ensure_future|'
                        r'add_done_callback|add_reader|add_writer)\(')
EXEMPT = re.compile(r'#\s*not a loop entry: \S')
# process and the two modules it keeps its machinery in (task steps, the loop's choice)
MACHINERY = ('process.py', '_task_queues.py', '_loops.py')


def _offences(root: Path = PACKAGE) -> list[str]:
    found = []
    for path in sorted(root.rglob('*.py')):
        if path.name in MACHINERY and path.parent == root:
            continue  # the helpers and the tick machinery themselves
        for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
            code = line.split('#', 1)[0]
            if SCHEDULING.search(code) and not code.lstrip().startswith(('"', "'")) \
                    and not EXEMPT.search(line):
                found.append(f'{path.relative_to(root)}:{number}: {line.strip()}')
    return found


def test_every_loop_entry_goes_through_runCallback() -> None:
    offences = _offences()
    assert not offences, 'use Lifetime.callSoon/callLater/callAt/spawn/whenDone, or say ' \
        'why the line is exempt (# not a loop entry: <why>):\n' + '\n'.join(offences)


def test_the_audit_can_fail(tmp_path: Path) -> None:
    (tmp_path / 'mod.py').write_text(
        'loop.call_soon(fn)\n'
        'loop.call_at(t, fn)  # not a loop entry: a hop\n'
        '# loop.create_task(x) in a comment\n'
        'task.add_done_callback(done)  # a comment that gives no reason\n', encoding='utf-8')
    (tmp_path / 'process.py').write_text('loop.call_soon(fn)\n', encoding='utf-8')
    assert [o.split(':', 2)[:2] for o in _offences(tmp_path)] == [['mod.py', '1'],
                                                                  ['mod.py', '4']]
