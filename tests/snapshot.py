"""Snapshot helper: compare output with tests/snapshots/NAME; DJLINT_UPDATE_SNAPSHOTS=1 rewrites."""
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "snapshots")


def assert_snapshot(name: str, actual: str) -> None:
    path = os.path.join(HERE, name)
    if os.environ.get("DJLINT_UPDATE_SNAPSHOTS") or not os.path.exists(path):
        if os.environ.get("CI") and not os.environ.get("DJLINT_UPDATE_SNAPSHOTS"):
            raise AssertionError(f"snapshot {name} is missing; run DJLINT_UPDATE_SNAPSHOTS=1 pytest locally")
        os.makedirs(HERE, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(actual)
    with open(path, encoding="utf-8") as fh:
        expected = fh.read()
    assert actual == expected, f"output differs from snapshot {name}"
