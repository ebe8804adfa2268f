import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from fixtures.build_docx import SAMPLE_DRAFT  # noqa: E402

# the result cache (and jieba's) go to a folder of this test session, never the user's
if not os.environ.get("DJLINT_TEST_KEEP_CACHE"):
    import tempfile

    os.environ["DJLINT_TEST_USER_CACHE"] = os.environ.get("XDG_CACHE_HOME", "")
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="djlint-test-cache-")


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
