    fuzzed.headers = {"Authorization": f"Bearer {valid_token(settings)}"}
{# Generated from cookiecutters/_shared/parts/service/flags/verify/fragments/fuzz-app-setup/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
