#!/usr/bin/env bash
# What compiling the hot path would buy (issue 5's "what would close it"):
# copies node_http_agent/ to a scratch directory, compiles every module with
# Cython in pure-Python mode (no annotations, no code change), and runs the
# HTTP benchmark against the compiled copy. Not part of the build or of CI.
#
#     bash benchmarks/compiled_experiment.sh [bench_http.py options]
#     (default: --only ours-llhttp,ours-h11,node,aiohttp --modes seq,conc --bodies 11B --rounds 3)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
pip install -q cython
cp -r "$ROOT/node_http_agent" "$WORK/"
cd "$WORK"
python - <<'PY'
import glob
from setuptools import setup
from Cython.Build import cythonize
mods = [p for p in glob.glob('node_http_agent/*.py') + glob.glob('node_http_agent/_wire/*.py')
        if not p.endswith('__init__.py')]
setup(ext_modules=cythonize(mods, language_level=3, nthreads=2, quiet=True,
                            compiler_directives={'binding': True, 'always_allow_keywords': True}),
      script_args=['build_ext', '--inplace', '-q'])
PY
# The editable install's finder would win over PYTHONPATH: drop it in the benchmark's processes.
cat > sitecustomize.py <<'PY'
import sys
sys.meta_path[:] = [f for f in sys.meta_path
                    if 'editable' not in getattr(f, '__name__', type(f).__name__).lower()]
PY
PYTHONPATH="$WORK" python -c 'import node_http_agent.events as e; assert e.__file__.endswith(".so"), e.__file__'
if [ "$#" -eq 0 ]; then
  set -- --only ours-llhttp,ours-h11,node,aiohttp --modes seq,conc --bodies 11B --rounds 3
fi
cd /tmp
PYTHONPATH="$WORK" python "$ROOT/benchmarks/bench_http.py" "$@"
