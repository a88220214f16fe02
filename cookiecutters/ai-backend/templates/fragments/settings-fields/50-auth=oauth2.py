    # Tokens are issued by this OpenID Connect provider: see app/core/issuer.py.
    oidc_issuer: str = ""
    oidc_audience: str = ""
{# Generated from cookiecutters/_shared/parts/service/templates/fragments/settings-fields/50-auth=oauth2.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
