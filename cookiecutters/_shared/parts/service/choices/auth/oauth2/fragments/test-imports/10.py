from tests.token_issuer import issuer_settings, trust_test_issuer, valid_token
