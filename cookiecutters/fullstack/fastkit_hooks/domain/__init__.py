# Generated from hooks/fastkit_hooks/domain/__init__.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Rendering a domain from the domain template: shared by create-domain and the
post-generation hook, which renders every project's example domain with it."""
