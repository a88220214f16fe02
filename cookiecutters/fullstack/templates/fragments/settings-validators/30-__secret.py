
    @model_validator(mode="after")
    def check_secret_key(self) -> Self:
        refuse_weak_secret("SECRET_KEY", self.secret_key, self.environment)
        return self
{# Generated from cookiecutters/_shared/parts/accounts/flags/secret/fragments/settings-validators/30.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
