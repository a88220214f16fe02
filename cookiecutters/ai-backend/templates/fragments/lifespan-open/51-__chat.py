    app.state.chat = ChatStreamer(Upstream.from_settings(settings))
