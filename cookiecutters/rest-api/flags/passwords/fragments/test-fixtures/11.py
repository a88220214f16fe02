

def with_limits(settings: Settings, **limits: int) -> Settings:
    """These sign-in limits{% if c.__redis %}, counted afresh (under a new Redis prefix){% endif %}."""
{%- if c.__redis %}
    prefix = f"{PROJECT_NAME}-test-{uuid4().hex[:8]}:limits:"
    return settings.model_copy(update={**limits, "rate_limit_prefix": prefix})
{%- else %}
    return settings.model_copy(update=limits)
{%- endif %}
