    allow_cross_origin(app, settings)
    serve_frontend(app, settings)  # last: every API route comes first
