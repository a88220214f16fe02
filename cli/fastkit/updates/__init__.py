"""Bringing an existing project up to date: `fastkit update`, `add` and `remove`.

The project is rendered as it was made (base) and as it would be made now (new),
and base->new is merged into the user's tree file by file (merge.py), then written
all or nothing (apply.py). Which template made the project is its recorded version
(versions.py: a digest of the template folder, kept in an archive of templates).
"""
