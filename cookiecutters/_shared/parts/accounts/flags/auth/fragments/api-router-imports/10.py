from app.domains.auth.router import router as auth_router
