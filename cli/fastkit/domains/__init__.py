"""create-domain: a business domain (models to tests) added to a generated project."""
