    app.state.chat = ChatStreamer(
        Upstream.from_settings(settings), settings.chat_streams_in_all
    )
    app.state.chat_streams = InFlight(
        "chat streams", settings.chat_streams_per_caller, settings.chat_streams_in_all
    )
