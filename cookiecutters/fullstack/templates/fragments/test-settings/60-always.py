    # A build in frontend/dist is served only where a test asks (tests/test_frontend.py).
    "frontend_dist": "",
