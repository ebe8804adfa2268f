"""Writing back to the user's files, never damaging them: text fixes (:mod:`.textfix`),
Word comments and tracked changes (:mod:`.docxml`, driven by :mod:`.apply`), the baseline
file (:mod:`.baseline`), all through :func:`.atomic.atomic_write` (a temporary file in the
same folder, then a rename)."""
