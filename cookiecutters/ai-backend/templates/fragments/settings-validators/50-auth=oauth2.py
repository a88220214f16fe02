
    @model_validator(mode="after")
    def check_token_trust(self) -> Self:
        if not (self.oidc_issuer and self.oidc_audience):
            raise ValueError("set OIDC_ISSUER and OIDC_AUDIENCE")
        return self
{# Generated from cookiecutters/_shared/parts/service/choices/auth/oauth2/fragments/settings-validators/50.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
