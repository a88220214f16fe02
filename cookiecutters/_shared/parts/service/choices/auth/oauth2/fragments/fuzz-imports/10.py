from tests.token_issuer import trust_test_issuer, valid_token
