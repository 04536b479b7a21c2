"""Shared fixtures: Node's ``test/common`` helpers, so Node's tests port line by line.

``common`` gives ``mustCall``, ``mustCallAtLeast``, ``mustNotCall``,
``mustSucceed`` and ``expectsError`` (Node's ``test/common/index.js``) plus
``Countdown`` (``test/common/countdown.js``). Every wrapper it hands out is
checked when the test tears down: a callback that ran the wrong number of
times fails the test with its name, where it was made, and the expected and
actual counts. An exception raised inside a wrapped callback is remembered
too, so it fails the test even if something on the way swallowed it.

``run(main)`` runs ``main`` under ``node_http_agent.process.run`` (Node's
process lifetime) with a hard limit, 10 s by default: an unref'd timer that
fails the run if it is still going, so no test can hang. ``run.exit(code)`` is
Node's ``process.exit(code)``: it ends the run at once (code 0 passes).
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable
from typing import Any

import pytest

_NODE_TESTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'node')


def _where(depth: int = 1) -> str:
    """``file:line`` of the test code that created a wrapper."""
    frame = inspect.currentframe()
    try:
        for _ in range(depth + 1):
            if frame is None:
                return '?'
            frame = frame.f_back
        if frame is None:
            return '?'
        return f'{os.path.basename(frame.f_code.co_filename)}:{frame.f_lineno}'
    finally:
        del frame


def _name(fn: Callable[..., Any] | None) -> str:
    if fn is None:
        return 'noop'
    return getattr(fn, '__name__', None) or type(fn).__name__


class _Check:
    """One ``mustCall``-family wrapper's bookkeeping."""

    __slots__ = ('name', 'where', 'exact', 'minimum', 'actual')

    def __init__(self, name: str, where: str, exact: int | None, minimum: int | None) -> None:
        self.name = name
        self.where = where
        self.exact = exact
        self.minimum = minimum
        self.actual = 0

    def problem(self) -> str | None:
        if self.exact is not None and self.actual != self.exact:
            return (f'Mismatched {self.name} function calls. Expected exactly {self.exact}, '
                    f'actual {self.actual}. (created at {self.where})')
        if self.minimum is not None and self.actual < self.minimum:
            return (f'Mismatched {self.name} function calls. Expected at least '
                    f'{self.minimum}, actual {self.actual}. (created at {self.where})')
        return None


class Countdown:
    """``test/common/countdown.js``: call ``callback`` once ``dec()`` reached 0."""

    def __init__(self, limit: int, callback: Callable[[], Any], common: Common) -> None:
        self._remaining = limit
        self._callback = common.mustCall(callback)

    def dec(self) -> int:
        assert self._remaining > 0, 'Countdown expired'
        self._remaining -= 1
        if self._remaining == 0:
            self._callback()
        return self._remaining

    @property
    def remaining(self) -> int:
        return self._remaining


class Common:
    """Node's ``test/common``: call-count assertions checked at teardown."""

    localhostIPv4 = '127.0.0.1'

    def __init__(self) -> None:
        self._checks: list[_Check] = []
        self.errors: list[BaseException] = []

    # -- the mustCall family -----------------------------------------------------------

    def _wrap(self, fn: Callable[..., Any] | None, exact: int | None, minimum: int | None,
              where: str) -> Callable[..., Any]:
        check = _Check(_name(fn), where, exact, minimum)
        self._checks.append(check)
        errors = self.errors

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            check.actual += 1
            if fn is None:
                return None
            try:
                return fn(*args, **kwargs)
            except _ProcessExit:
                raise
            except Exception as err:
                errors.append(err)
                raise
        wrapper.__name__ = check.name
        wrapper.__wrapped__ = fn  # type: ignore[attr-defined]
        return wrapper

    def mustCall(self, fn: Callable[..., Any] | int | None = None,
                 exact: int = 1) -> Callable[..., Any]:
        """The returned function must be called exactly ``exact`` times (Node: ``mustCall``)."""
        if isinstance(fn, int):  # mustCall(2): a noop that must run twice
            fn, exact = None, fn
        return self._wrap(fn, exact, None, _where())

    def mustCallAtLeast(self, fn: Callable[..., Any] | int | None = None,
                        minimum: int = 1) -> Callable[..., Any]:
        """The returned function must be called at least ``minimum`` times."""
        if isinstance(fn, int):
            fn, minimum = None, fn
        return self._wrap(fn, None, minimum, _where())

    def mustNotCall(self, msg: str | None = None) -> Callable[..., Any]:
        """A function that fails the test if it is ever called."""
        where = _where()
        errors = self.errors

        def mustNotCall(*args: Any, **kwargs: Any) -> None:
            text = msg or 'function should not have been called'
            err = AssertionError(f'mustNotCall: {text} at {where}; called with {args!r}')
            errors.append(err)
            raise err
        return mustNotCall

    def mustSucceed(self, fn: Callable[..., Any] | None = None,
                    exact: int = 1) -> Callable[..., Any]:
        """A node-style callback ``(err, *values)``: ``err`` must be ``None``."""
        def mustSucceed(err: Any = None, *args: Any) -> Any:
            assert err is None, f'mustSucceed: got error {err!r}'
            if fn is not None:
                return fn(*args)
            return None
        if fn is not None:
            mustSucceed.__name__ = _name(fn)
        return self._wrap(mustSucceed, exact, None, _where())

    def expectsError(self, validator: dict[str, Any] | None = None,
                     exact: int = 1) -> Callable[..., Any]:
        """``common.expectsError({code, message, name})``: a mustCall that checks the error."""
        expected = dict(validator or {})

        def expectsError(err: BaseException, *args: Any) -> None:
            for key, value in expected.items():
                if key == 'type':
                    assert isinstance(err, value), f'{err!r} is not a {value.__name__}'
                elif key == 'name':
                    names = [c.__name__ for c in type(err).__mro__]
                    assert value in names or getattr(err, 'name', None) == value, \
                        f'{err!r}: name {value!r} not in {names}'
                elif key == 'message':
                    assert str(err) == value, f'message {str(err)!r} != {value!r}'
                else:
                    assert getattr(err, key, None) == value, \
                        f'{key}: {getattr(err, key, None)!r} != {value!r}'
        return self._wrap(expectsError, exact, None, _where())

    # -- small helpers -----------------------------------------------------------------

    @staticmethod
    def platformTimeout(ms: float) -> float:
        return ms

    def Countdown(self, limit: int, callback: Callable[[], Any]) -> Countdown:
        return Countdown(limit, callback, self)

    # -- teardown ----------------------------------------------------------------------

    def verify(self) -> list[str]:
        problems = [f'exception in a callback: {err!r}' for err in self.errors]
        for check in self._checks:
            problem = check.problem()
            if problem is not None:
                problems.append(problem)
        return problems


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[Any]) -> Any:
    outcome = yield
    report = outcome.get_result()
    if report.when == 'call':
        item._node_call_failed = report.failed  # type: ignore[attr-defined]


@pytest.fixture
def common(request: pytest.FixtureRequest) -> Any:
    helper = Common()
    yield helper
    if getattr(request.node, '_node_call_failed', False):
        return  # the test already failed; its own error says more than the counts
    problems = helper.verify()
    if problems:
        pytest.fail('\n'.join(problems), pytrace=False)


class _ProcessExit(Exception):
    """``process.exit(code)`` inside a run."""

    def __init__(self, code: int) -> None:
        super().__init__(f'process.exit({code})')
        self.code = code


class RunTimeout(AssertionError):
    """The run was still going when the hard limit came."""


class Runner:
    """``run(main, timeout=10)``: ``process.run(main)`` that cannot hang."""

    def __call__(self, main: Callable[[], Any], timeout: float = 10) -> Any:
        from node_http_agent import process, timers

        def expire() -> None:
            raise RunTimeout(f'the test was still running after {timeout} s '
                             '(a server, socket or timer left open?)')

        def limited() -> Any:
            timers.setTimeout(expire, timeout * 1000).unref()
            return main()

        try:
            return process.run(limited)
        except _ProcessExit as done:
            if done.code != 0:
                raise AssertionError(f'process.exit({done.code})') from None
            return None

    @staticmethod
    def exit(code: int = 0) -> None:
        """Node's ``process.exit(code)``: end the run now."""
        raise _ProcessExit(code)


@pytest.fixture
def run() -> Runner:
    return Runner()


@pytest.fixture(autouse=True)
def _node_globals(request: pytest.FixtureRequest) -> Any:
    """Put back what a Node test may change process-wide (``http.globalAgent`` & co)."""
    if not str(request.node.fspath).startswith(_NODE_TESTS):
        yield
        return
    from node_http_agent import _http_agent
    agent = _http_agent.globalAgent
    saved_attrs = dict(vars(agent))
    saved_create = _http_agent.Agent.__dict__.get('createConnection')
    yield
    _http_agent.globalAgent = agent
    for key in [k for k in vars(agent) if k not in saved_attrs]:
        delattr(agent, key)
    for key, value in saved_attrs.items():
        setattr(agent, key, value)
    if _http_agent.Agent.__dict__.get('createConnection') is not saved_create:
        _http_agent.Agent.createConnection = saved_create


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # A second, outer limit for the ports of Node's tests (a blocked loop can't fire
    # run()'s timer).
    for item in items:
        if str(item.fspath).startswith(_NODE_TESTS) and item.get_closest_marker('timeout') is None:
            item.add_marker(pytest.mark.timeout(30))
