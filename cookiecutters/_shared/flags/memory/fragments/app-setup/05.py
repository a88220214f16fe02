    app.state.item_store = ItemStore()
