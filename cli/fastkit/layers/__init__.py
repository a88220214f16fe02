"""Types as stacks of layers, read from their declarations: each type's
cookiecutter.json (declarations), the sections a descriptor brings (shapes), the
copies a layer puts in a cookiecutter (copies), and a type built with layers from
elsewhere on top (build). hooks/sync.py writes the repository's cookiecutters with
it; `fastkit export-template --layer` builds one with a user's layer."""
