from app.domains.auth.models import RefreshToken, User
