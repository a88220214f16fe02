    RefreshToken,

{# Generated from cookiecutters/_shared/parts/accounts/flags/tokens/flag.yaml (in the shape cookiecutters/_shared/shapes/models/mongo-documents.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
