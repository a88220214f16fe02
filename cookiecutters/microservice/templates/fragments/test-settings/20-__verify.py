        **issuer_settings(),
