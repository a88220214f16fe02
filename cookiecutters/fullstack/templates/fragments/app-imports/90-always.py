from app.frontend import allow_cross_origin, serve_frontend
