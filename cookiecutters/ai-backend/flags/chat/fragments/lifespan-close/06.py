    await app.state.chat.close()
