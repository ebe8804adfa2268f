"""``djlint audit``: an archive of reports checked on Dask (the ``archive`` extra).

djlint's per-file step (:func:`djlint.runner.lint.lint_file`: bytes, a name and options in,
plain picklable findings out) runs on Dask workers; this package only feeds it paths in
chunks, writes the rows it returns in parts, and remembers what is done.
"""
