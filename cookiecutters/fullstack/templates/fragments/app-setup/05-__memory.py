    app.state.item_store = ItemStore()
{# Generated from cookiecutters/_shared/flags/memory/fragments/app-setup/05.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
