    fuzzed.headers = {"Authorization": f"Bearer {valid_token(settings)}"}
{# Generated from cookiecutters/_shared/parts/service/templates/fragments/fuzz-app-setup/20-__verify.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
