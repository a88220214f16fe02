    "rabbitmq": "RABBITMQ_",
