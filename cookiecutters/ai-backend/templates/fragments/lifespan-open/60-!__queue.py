    app.state.jobs = Jobs()
