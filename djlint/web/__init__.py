"""``djlint serve``: a local web page for people who never open a terminal.

- :mod:`.service` does the work on uploaded bytes (lint, annotated copy, fixed copy) with the
  same engine as the command line, in a process pool, and returns plain data;
- :mod:`.app` is the small Flask application (the ``web`` extra) and its server (waitress).
"""
