    trust_test_issuer(app, settings)
