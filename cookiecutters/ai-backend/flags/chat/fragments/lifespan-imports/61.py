from app.ml.upstream import ChatStreamer, Upstream
