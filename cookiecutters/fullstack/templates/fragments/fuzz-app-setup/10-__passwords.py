    fuzzed.sign_in()
{# Generated from cookiecutters/_shared/parts/accounts/flags/passwords/fragments/fuzz-app-setup/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
