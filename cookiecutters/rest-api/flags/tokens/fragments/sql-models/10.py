from app.domains.auth.models import RefreshToken as RefreshToken
from app.domains.auth.models import User as User
