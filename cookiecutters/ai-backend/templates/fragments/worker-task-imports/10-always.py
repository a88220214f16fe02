from app.ml.tasks import PREDICT, predict
