    User,
    RefreshToken,
