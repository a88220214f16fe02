    # Argon2id cost per password hash. Production refuses less than OWASP's minimum;
    # the tests lower it, as hashing would otherwise be most of their time.
    password_hash_passes: int = 3
    password_hash_memory_kib: int = 65_536
    # Sign-in limits per window: attempts (logins and registrations) per client
    # address, failed logins per account. Beyond them: 429 with Retry-After.
    login_attempts_per_client: int = 20
    failed_logins_per_account: int = 10
    login_window_seconds: int = 15 * 60
{%- if c.__redis %}
    rate_limit_prefix: str = f"{PROJECT_NAME}:limits:"
{%- endif %}
{# Generated from cookiecutters/_shared/parts/accounts/flags/passwords/fragments/settings-fields/53.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
