    # The built frontend FastAPI serves (npm run build writes it), relative to the
    # folder the server starts in; none there, or empty, means the API alone.
    frontend_dist: str = "frontend/dist"
    # Origins (scheme://host:port) whose pages may call the API with the user's
    # cookies: none is needed when the pages come from this app or Vite's proxy.
    cors_origins: list[str] = []
