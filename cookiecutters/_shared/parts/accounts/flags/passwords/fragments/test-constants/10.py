
EMAIL = "alice@example.com"
PASSWORD = "correct horse battery staple"
