schema = schemathesis.openapi.from_dict(DOCUMENT)
