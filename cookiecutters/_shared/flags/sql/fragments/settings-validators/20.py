
    @field_validator("database_url")
    @classmethod
    def use_async_driver(cls, url: str) -> str:
        scheme, separator, rest = url.partition("://")
        return f"{ASYNC_DRIVERS.get(scheme, scheme)}{separator}{rest}"
