from app.domains.item.repository import ItemStore
{# Generated from cookiecutters/_shared/flags/memory/fragments/app-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
