schema = schemathesis.openapi.from_dict(DOCUMENT)
{# Generated from cookiecutters/_shared/templates/fragments/fuzz-schema/10-!__auth.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
