
    @model_validator(mode="after")
    def check_secret_key(self) -> Self:
        refuse_weak_secret("SECRET_KEY", self.secret_key, self.environment)
        return self
