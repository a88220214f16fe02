DATABASE_NAME = "{{ c.__db_name }}"
{# Generated from cookiecutters/_shared/flags/database/fragments/settings-constants/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
