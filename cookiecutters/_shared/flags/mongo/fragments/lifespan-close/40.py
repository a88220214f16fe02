    client.close()
