
    @model_validator(mode="after")
    def refuse_weak_secret(self) -> Self:
        if not self.secret_key:
            raise ValueError("SECRET_KEY is not set: copy .env.example to .env")
        weak = (
            self.secret_key in KNOWN_SECRETS
            or estimated_bits(self.secret_key) < MIN_SECRET_BITS
        )
        if weak and self.environment != "development":
            raise ValueError(
                "SECRET_KEY is weak (allowed only with ENVIRONMENT=development): "
                "use secrets.token_urlsafe(48)"
            )
        return self
