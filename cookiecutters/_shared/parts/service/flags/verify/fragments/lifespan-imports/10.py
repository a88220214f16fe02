from app.core.tokens import TokenVerifier
