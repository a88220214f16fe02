    session_minutes: int = 60 * 24 * 14
    # A session unused this long ends early; a user keeps at most this many.
    session_idle_minutes: int = 60 * 24
    max_sessions_per_user: int = 10
    cookie_secure: bool = True
