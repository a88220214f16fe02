    # Tokens are issued elsewhere: see app/core/issuer.py.
    jwt_secret: str = ""
    jwt_jwks_url: str | None = None
    jwt_issuer: str | None = None
    jwt_audience: str | None = None
{# Generated from cookiecutters/_shared/parts/service/choices/auth/jwt/fragments/settings-fields/50.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
