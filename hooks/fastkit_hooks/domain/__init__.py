"""Rendering a domain from the domain template: shared by create-domain and the
post-generation hook, which renders every project's example domain with it."""
