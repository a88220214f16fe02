    secret_key: str = ""
