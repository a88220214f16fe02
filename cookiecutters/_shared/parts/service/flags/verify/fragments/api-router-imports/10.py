from app.core.tokens import current_caller
