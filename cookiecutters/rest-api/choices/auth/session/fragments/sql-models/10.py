from app.domains.auth.models import User as User
from app.domains.auth.models import UserSession as UserSession
