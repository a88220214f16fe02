{%- set c = cookiecutter -%}
"""Background work: the tasks, the queue that carries them ({{ 'Celery' if c.__celery else 'RQ' }}), the worker."""
