# --- frontend: the pages, built from the committed lock file and API client ---
FROM node:22-slim AS frontend
WORKDIR /frontend
# Packages first: this layer is reused until the lock file changes.
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend ./
RUN npm run build
