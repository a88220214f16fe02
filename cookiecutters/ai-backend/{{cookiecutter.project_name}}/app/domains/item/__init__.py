{#- Generated from cookiecutters/_shared/domain (the example domain, fastkit.domains.example) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
