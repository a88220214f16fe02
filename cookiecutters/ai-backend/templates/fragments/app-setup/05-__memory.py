    app.state.item_store = ItemStore()
{# Generated from cookiecutters/_shared/templates/fragments/app-setup/05-__memory.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
