from app.lifespan import lifespan
