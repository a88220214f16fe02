from app.domains.item.repository import ItemStore
{# Generated from cookiecutters/_shared/templates/fragments/app-imports/10-__memory.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
