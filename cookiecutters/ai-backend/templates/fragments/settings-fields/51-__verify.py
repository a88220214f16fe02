    # Scopes a token must carry (its `scope` or `scp` claim): WRITE_SCOPE for every
    # request but GET, HEAD and OPTIONS; READ_SCOPE for those (empty: none needed).
    read_scope: str = ""
    write_scope: str = "write"
{# Generated from cookiecutters/_shared/parts/service/flags/verify/fragments/settings-fields/51.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
