    access_token_minutes: int = 15
    refresh_token_days: int = 7
