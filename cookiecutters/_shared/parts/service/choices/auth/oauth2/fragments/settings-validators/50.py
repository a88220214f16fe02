
    @model_validator(mode="after")
    def check_token_trust(self) -> Self:
        if not (self.oidc_issuer and self.oidc_audience):
            raise ValueError("set OIDC_ISSUER and OIDC_AUDIENCE")
        return self
