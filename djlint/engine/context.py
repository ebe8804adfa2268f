"""What a rule may read besides the paragraph: the document, the effective configuration,
the registry (for pack data), and one memo for analysis that several rules share."""
from __future__ import annotations

from typing import Any, Callable

# Document and Registry appear in annotations only: the context is built by engine.run.


class LintContext:
    def __init__(self, doc: "Document", config=None, registry: "Registry | None" = None):  # noqa: F821
        self.doc = doc
        self.config = config
        self._registry = registry
        self._shared: dict[Any, Any] = {}
        #: what :meth:`shared` has built, by key: ``ctx.tables.get(key)`` is a lookup with no call, for
        #: the helpers the rules ask at every paragraph (some 40,000 calls a MB); None before it is built
        self.tables = self._shared

    @property
    def registry(self) -> "Registry":  # noqa: F821
        """The registry the rules came from (pack data such as profiles and the lexicon)."""
        return self._registry

    def shared(self, key, factory: Callable[["LintContext"], Any]):
        """Per-document analysis that several rules read (the outline of sections, the
        labelled headings, the enumerations): computed by ``factory(ctx)`` on first use,
        then served from here for the rest of this document's run."""
        try:
            return self._shared[key]
        except KeyError:
            value = self._shared[key] = factory(self)
            return value

    @property
    def report_date(self):
        """When the report was written and which year it is about
        (:class:`djlint.document.dating.ReportDate`), or None when nothing says.  Asked at every
        paragraph the dated rules read: once found, a lookup."""
        found = self._shared.get("report_date", self)
        if found is not self:
            return found

        def find(ctx):
            from ..document.dating import report_date

            return report_date(ctx.doc, getattr(ctx.config, "year", None) if ctx.config is not None else None)

        return self.shared("report_date", find)

    @property
    def year(self) -> int | None:
        """The year the report is about (its 报告年度), or None: date-sensitive rules stay silent."""
        date = self.report_date
        return date.year if date is not None else None

    @property
    def profile(self) -> str | None:
        return getattr(self.config, "profile", None) if self.config is not None else None

    def option_value(self, code: str, key: str, default=None):
        """``rule-options`` of the configuration for ``code`` (or the longest prefix of it that
        sets ``key``: ``DJ8`` for every DJ8xx rule), else ``default``.  Rules call
        :meth:`djlint.engine.rule.Rule.option`, which knows the declared default."""
        options = (getattr(self.config, "rule_options", None) or {}) if self.config is not None else {}
        for n in range(len(code), 1, -1):
            value = (options.get(code[:n]) or {}).get(key)
            if value is not None:
                return value
        return default
