    app.state.jobs = Jobs(settings)
