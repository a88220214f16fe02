        # Every /api/v1 route needs a token: this client's requests carry one.
        client.headers["Authorization"] = f"Bearer {valid_token(settings)}"
{# Generated from cookiecutters/_shared/parts/service/flags/verify/fragments/test-client/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
