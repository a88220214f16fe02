from tests.token_issuer import valid_token
