    app.state.models = start_loading(settings)
