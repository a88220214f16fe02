    **issuer_settings(),
