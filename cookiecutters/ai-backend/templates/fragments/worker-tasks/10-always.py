    PREDICT: predict,
