"""``--format json``: the public contract, one object per finding (see README).

The text is ``json.dumps(items, indent=2)``'s, byte for byte, written here from the C string encoder:
with ``indent`` the standard library encodes through its Python fallback (one generator step per
token), 8.6 ms a MB of throughput.py's text (2,635 findings on 2 MB), here ~2.  A finding with a value
of another type than the contract's (str, int, bool, None, one level of object) is left to json.dumps."""
from __future__ import annotations

import json
from json.encoder import encode_basestring, encode_basestring_ascii


class _Other(Exception):
    """A value json.dumps is left to encode."""


def render(diags, env=None) -> str:
    ascii_only = bool(env and env.ascii_only)
    items = [d.to_dict() for d in diags]
    try:
        return dumps(items, ascii_only)
    except _Other:
        return json.dumps(items, ensure_ascii=ascii_only, indent=2)


def dumps(items: list, ascii_only: bool) -> str:
    """``json.dumps(items, ensure_ascii=ascii_only, indent=2)`` for a list of flat objects whose values are
    str, int, bool, None or such an object; :class:`_Other` for anything else."""
    if not items:
        return "[]"
    string = encode_basestring_ascii if ascii_only else encode_basestring
    keys: dict = {}  # the same dozen keys in every object: each encoded once
    return "[\n  " + ",\n  ".join([_object(item, string, keys, "\n    ", "\n  ") for item in items]) + "\n]"


def _object(item, string, keys: dict, inner: str, outer: str) -> str:
    if type(item) is not dict:
        raise _Other
    if not item:
        return "{}"
    parts = []
    for k, v in item.items():
        key = keys.get(k)
        if key is None:
            if type(k) is not str:
                raise _Other
            key = keys[k] = string(k) + ": "
        t = type(v)
        if t is str:
            value = string(v)
        elif t is int:
            value = int.__repr__(v)
        elif v is None:
            value = "null"
        elif v is True:
            value = "true"
        elif v is False:
            value = "false"
        elif t is dict and outer == "\n  ":
            value = _object(v, string, keys, "\n      ", "\n    ")
        elif isinstance(v, str):
            value = string(v)
        else:
            raise _Other
        parts.append(key + value)
    return "{" + inner + ("," + inner).join(parts) + outer + "}"
