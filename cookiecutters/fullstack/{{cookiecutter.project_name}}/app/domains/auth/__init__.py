{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/__init__.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
