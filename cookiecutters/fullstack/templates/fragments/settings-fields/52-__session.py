    session_minutes: int = 60 * 24 * 14
    # A session unused this long ends early; a user keeps at most this many.
    session_idle_minutes: int = 60 * 24
    max_sessions_per_user: int = 10
    cookie_secure: bool = True
{# Generated from cookiecutters/_shared/parts/accounts/flags/session/fragments/settings-fields/52.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
