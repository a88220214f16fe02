
    @model_validator(mode="after")
    def check_token_trust(self) -> Self:
        if not self.jwt_jwks_url:
            refuse_weak_secret("JWT_SECRET", self.jwt_secret, self.environment)
        if self.environment == "production" and not (
            self.jwt_issuer and self.jwt_audience
        ):
            raise ValueError(
                "set JWT_ISSUER and JWT_AUDIENCE: in production a token must say "
                "who issued it and which service it is for"
            )
        return self
{# Generated from cookiecutters/_shared/parts/service/choices/auth/jwt/fragments/settings-validators/50.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
