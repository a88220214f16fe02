

def estimated_bits(secret: str) -> float:
    """Guessing cost of a random-looking key: repeats and tiny alphabets score low."""
    distinct = len(set(secret))
    return len(secret) * math.log2(distinct) if distinct > 1 else 0.0


def refuse_weak_secret(name: str, secret: str, environment: str) -> None:
    """A signing key must be set, and outside development one no guess finds: not a
    placeholder, not short, not a repeat (the one rule for every key the app uses)."""
    if not secret:
        raise ValueError(f"{name} is not set: copy .env.example to .env")
    weak = secret in KNOWN_SECRETS or estimated_bits(secret) < MIN_SECRET_BITS
    if weak and environment != "development":
        raise ValueError(
            f"{name} is weak (allowed only with ENVIRONMENT=development): "
            "use secrets.token_urlsafe(48)"
        )
{# Generated from cookiecutters/_shared/flags/secret/fragments/settings-functions/30.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
