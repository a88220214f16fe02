from tests.model_loading import wait_for_model
