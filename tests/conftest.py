import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from fixtures.build_docx import SAMPLE_DRAFT  # noqa: E402

# the result cache (and jieba's) go to a folder of this test session, never the user's
if not os.environ.get("DJLINT_TEST_KEEP_CACHE"):
    import atexit
    import shutil
    import tempfile

    os.environ["DJLINT_TEST_USER_CACHE"] = os.environ.get("XDG_CACHE_HOME", "")
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="djlint-test-cache-")
    # ~30 MB a session (DJ421's index twice, jieba's cache): gone with the session
    atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], ignore_errors=True)


@pytest.fixture
def sample_lines():
    return list(SAMPLE_DRAFT)


@pytest.fixture
def run_cli():
    """Invoke the click command in-process; returns (exit_code, stdout, stderr)."""
    from click.testing import CliRunner

    from djlint.cli import main

    def run(*args, input=None):
        runner = CliRunner()
        result = runner.invoke(main, list(args), input=input, catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr

    return run


@pytest.fixture(scope="session")
def spelling_index():
    """DJ421's index as djlint loads it (jieba's dictionary, the lexicon, the placeholder pack's
    surnames): built at most once per test session (~2 s), into the session's cache folder, where
    the djlint processes the tests start find it too.  Tests that need other build arguments build
    a small index of their own (tests/test_spelling.py, ``tiny_install``)."""
    from djlint.checks.phrase.misspelling import spelling_index as index_of
    from djlint.engine import build_registry

    return index_of(build_registry())


@pytest.fixture(scope="session")
def spelling_index_files(spelling_index):
    """The session's index file(s), for a test that starts djlint with a fresh cache folder and
    has nothing to prove about building the index: copy them into its ``djlint`` folder."""
    import glob

    from djlint.util.paths import cache_root

    return sorted(glob.glob(os.path.join(cache_root(), "spelling-*.bin")))
