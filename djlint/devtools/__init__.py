"""Tools for working on djlint itself, run from a source checkout; never on the lint path.

    python -m djlint.devtools docs            regenerate the generated blocks of README.md and docs/layout.md
    python -m djlint.devtools docs --check    fail (exit 1) when a generated block is stale
    python -m djlint.devtools convert-cases tests/rules/phrase.yaml ...
                                             turn legacy case lists into per-rule case files (rules/cases/)
    python -m djlint.devtools case DJ602 "参加培训的将近400余人。"
                                             print a case for a text as djlint sees it now (to paste and name)
"""
