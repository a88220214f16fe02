from tests.token_issuer import issuer_settings, valid_token
