"""Model serving: the model behind a small interface (model.py), the example model
(runtime.py), the device it runs on (device.py), request batching (batching.py),
the predictor the API calls (predictor.py) and background jobs (jobs.py)."""
