    User,
    UserSession,
