    "BROKER_URL": "rabbitmq",
