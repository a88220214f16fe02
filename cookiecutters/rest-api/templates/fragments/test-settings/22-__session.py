    "cookie_secure": False,
