        "cookie_secure": False,
