    app.state.models = start_loading(settings)
    app.state.predictions = InFlight(
        "predictions", settings.predictions_per_caller, settings.predictions_in_all
    )
