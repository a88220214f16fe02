"""`create-domain --describe`: domains designed from a description by a model behind
an OpenAI-compatible API (or, offline, a starter spec from the description's nouns),
checked exactly as a spec file is, shown, and written only once confirmed."""
