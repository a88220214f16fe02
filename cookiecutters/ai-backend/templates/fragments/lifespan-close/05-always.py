    await app.state.jobs.close()
    await app.state.models.close()
