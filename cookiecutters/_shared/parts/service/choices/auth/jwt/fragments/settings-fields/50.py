    # Tokens are issued elsewhere: see app/core/issuer.py.
    jwt_secret: str = ""
    jwt_jwks_url: str | None = None
    jwt_issuer: str | None = None
    jwt_audience: str | None = None
