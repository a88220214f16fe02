    # Tokens are issued by this OpenID Connect provider: see app/core/issuer.py.
    oidc_issuer: str = ""
    oidc_audience: str = ""
