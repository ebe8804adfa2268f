"""Plain data classes without the cost of :mod:`dataclasses` at start-up.

``@dataclass`` costs 5 ms to import (it imports :mod:`inspect`, which imports ``ast``, ``dis``
and ``tokenize``) and ~0.3 ms per class (three generated methods, each compiled); djlint
defines about thirty such classes on the plain ``djlint FILE`` path, so a pre-commit hook paid
~15 ms of every run for them.  ``@record`` keeps the part djlint uses — a generated
``__init__`` (one small compile), defaults, ``field(default_factory=…, init=False,
repr=False, compare=False)``, ``__post_init__``, ``eq``, ``frozen`` — and gives ``__eq__``,
``__hash__`` and ``__repr__`` as shared functions (rarely called; speed there does not matter).
"""
from __future__ import annotations

MISSING = object()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    __slots__ = ("name", "default", "default_factory", "init", "repr", "compare")

    def __init__(self, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True):  # noqa: A002
        self.name = ""
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare


def field(*, default=MISSING, default_factory=MISSING, init: bool = True, repr: bool = True,  # noqa: A002
          compare: bool = True):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, compare)


def fields(obj) -> tuple:
    return type(obj).__record_fields__ if not isinstance(obj, type) else obj.__record_fields__


def _eq(self, other):
    if other.__class__ is not self.__class__:
        return NotImplemented
    names = self.__record_compare__
    return all(getattr(self, n) == getattr(other, n) for n in names)


def _hash(self):
    return hash(tuple(getattr(self, n) for n in self.__record_compare__))


def _repr(self):
    shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in self.__record_fields__ if f.repr)
    return f"{type(self).__qualname__}({shown})"


def _frozen_setattr(self, name, value):
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self, name):
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _own_fields(cls) -> list[Field]:
    out = []
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if isinstance(annotation, str) and annotation.startswith(("ClassVar", "typing.ClassVar")):
            continue
        value = cls.__dict__.get(name, MISSING)
        f = value if isinstance(value, Field) else Field(default=value)
        f.name = name
        if isinstance(value, Field):  # the class attribute becomes the plain default, as dataclasses does
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        out.append(f)
    return out


def _init_source(specs: list[Field], frozen: bool, post_init: bool) -> tuple[str, dict]:
    env: dict = {"_MISSING": MISSING}
    params, body = [], []
    assign = "_set(self, {n!r}, {v})" if frozen else "self.{n} = {v}"
    if frozen:
        env["_set"] = object.__setattr__
    for f in specs:
        if f.default_factory is not MISSING:
            env[f"_factory_{f.name}"] = f.default_factory
            if f.init:
                params.append(f"{f.name}=_MISSING")
                value = f"_factory_{f.name}() if {f.name} is _MISSING else {f.name}"
            else:
                value = f"_factory_{f.name}()"
        elif f.init:
            if f.default is MISSING:
                if any("=" in p for p in params):
                    raise TypeError(f"non-default argument {f.name!r} follows default argument")
                params.append(f.name)
            else:
                env[f"_default_{f.name}"] = f.default
                params.append(f"{f.name}=_default_{f.name}")
            value = f.name
        elif f.default is not MISSING:
            env[f"_default_{f.name}"] = f.default
            value = f"_default_{f.name}"
        else:
            continue
        body.append(assign.format(n=f.name, v=value))
    if post_init:
        body.append("self.__post_init__()")
    src = f"def __init__(self{', ' if params else ''}{', '.join(params)}):\n    " + ("\n    ".join(body) or "pass")
    return src, env


def _code(src: str, filename: str):
    """The generated ``__init__``'s code, compiled once per machine (kept in the pattern cache, see rx.remember_code)."""
    from . import rx

    return rx.remember_code(src, filename)


def record(cls=None, /, *, eq: bool = True, frozen: bool = False):
    """Make ``cls`` a data class (the subset of ``@dataclasses.dataclass`` described above)."""

    def wrap(cls):
        inherited: dict[str, Field] = {}
        for base in reversed(cls.__mro__[1:]):
            for f in getattr(base, "__record_fields__", ()):
                inherited[f.name] = f
        for f in _own_fields(cls):
            inherited[f.name] = f
        specs = list(inherited.values())
        src, env = _init_source(specs, frozen, hasattr(cls, "__post_init__"))
        exec(_code(src, f"<record {cls.__qualname__}>"), env)  # noqa: S102 - our own generated source
        init = env["__init__"]
        init.__qualname__ = f"{cls.__qualname__}.__init__"
        cls.__init__ = init
        cls.__record_fields__ = tuple(specs)
        cls.__record_compare__ = tuple(f.name for f in specs if f.compare)
        if "__repr__" not in cls.__dict__:
            cls.__repr__ = _repr
        if eq and "__eq__" not in cls.__dict__:
            cls.__eq__ = _eq
            if cls.__dict__.get("__hash__") is None:
                cls.__hash__ = _hash if frozen else None
        if frozen:
            cls.__setattr__ = _frozen_setattr
            cls.__delattr__ = _frozen_delattr
        return cls

    return wrap if cls is None else wrap(cls)


def replace(obj, **changes):
    """A copy of ``obj`` with ``changes`` (fields with ``init=False`` are made afresh)."""
    for f in obj.__record_fields__:
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
