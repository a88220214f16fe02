# The built pages only (app/frontend.py serves them from FRONTEND_DIST).
COPY --from=frontend /frontend/dist ./frontend/dist
