DATABASE_NAME = "{{ c.__db_name }}"
{# Generated from cookiecutters/_shared/templates/fragments/settings-constants/10-__database.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
