    # Cheap hashing: the app's cost would be most of the run (production refuses it).
    "password_hash_passes": 1,
    "password_hash_memory_kib": 64,
    # Tests sign in often from one address; the limit tests set their own.
    "login_attempts_per_client": 10_000,
    "failed_logins_per_account": 10_000,
{%- if c.__redis %}
    "rate_limit_prefix": f"{TEST_RUN}:limits:",
{%- endif %}
{# Generated from cookiecutters/_shared/parts/accounts/flags/passwords/fragments/test-settings/21.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
