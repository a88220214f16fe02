    # Scopes a token must carry (its `scope` or `scp` claim): WRITE_SCOPE for every
    # request but GET, HEAD and OPTIONS; READ_SCOPE for those (empty: none needed).
    read_scope: str = ""
    write_scope: str = "write"
