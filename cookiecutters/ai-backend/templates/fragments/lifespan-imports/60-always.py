from app.api.quotas import InFlight
from app.ml.jobs import Jobs
from app.ml.predictor import start_loading
