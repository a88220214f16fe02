"""Model serving: the model behind a small interface (model.py) with its input and
output (model_io.py), the example model (runtime.py), the predictor the API calls
(predictor.py, batching requests with batching.py) and background jobs (jobs.py)."""
