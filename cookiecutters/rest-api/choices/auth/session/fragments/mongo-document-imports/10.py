from app.domains.auth.models import User, UserSession
