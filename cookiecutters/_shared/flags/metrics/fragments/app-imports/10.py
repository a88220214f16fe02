from app.core.metrics import install_metrics
