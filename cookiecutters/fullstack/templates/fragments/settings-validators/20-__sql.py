
    @field_validator("database_url")
    @classmethod
    def use_async_driver(cls, url: str) -> str:
        scheme, separator, rest = url.partition("://")
        return f"{ASYNC_DRIVERS.get(scheme, scheme)}{separator}{rest}"
{# Generated from cookiecutters/_shared/flags/sql/fragments/settings-validators/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
