{#- Generated from cookiecutters/_shared/project/app/__init__.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
