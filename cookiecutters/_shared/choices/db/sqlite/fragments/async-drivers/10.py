    "sqlite": "sqlite+aiosqlite",
