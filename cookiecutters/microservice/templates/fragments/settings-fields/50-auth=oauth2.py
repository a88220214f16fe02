    # Tokens are issued by this OpenID Connect provider: see app/core/issuer.py.
    oidc_issuer: str = ""
    oidc_audience: str = ""
{# Generated from cookiecutters/_shared/parts/service/choices/auth/oauth2/fragments/settings-fields/50.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
