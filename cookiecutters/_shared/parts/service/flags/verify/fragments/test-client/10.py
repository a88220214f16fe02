        # Every /api/v1 route needs a token: this client's requests carry one.
        client.headers["Authorization"] = f"Bearer {valid_token(settings)}"
