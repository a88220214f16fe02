    broker_url: str = "amqp://guest:guest@localhost:5672//"
