        await wait_for_model(client)
