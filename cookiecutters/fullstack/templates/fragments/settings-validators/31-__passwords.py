
    @model_validator(mode="after")
    def refuse_cheap_password_hashing(self) -> Self:
        cheap = (
            self.password_hash_passes < MIN_PASSWORD_HASH_PASSES
            or self.password_hash_memory_kib < MIN_PASSWORD_HASH_MEMORY_KIB
        )
        if cheap and self.environment == "production":
            raise ValueError(
                "password hashing is cheaper than OWASP's minimum (PASSWORD_HASH_PASSES"
                f" >= {MIN_PASSWORD_HASH_PASSES}, PASSWORD_HASH_MEMORY_KIB >= "
                f"{MIN_PASSWORD_HASH_MEMORY_KIB}): allowed only outside production"
            )
        return self
{# Generated from cookiecutters/_shared/parts/accounts/flags/passwords/fragments/settings-validators/31.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
