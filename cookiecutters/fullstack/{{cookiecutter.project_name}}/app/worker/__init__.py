{#- Generated from cookiecutters/_shared/project/app/worker/__init__.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Background work: the tasks, the queue that carries them ({{ 'Celery' if c.__celery else 'RQ' }}), the worker."""
