import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from fixtures.build_docx import SAMPLE_DRAFT  # noqa: E402


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
