"""The user's settings: default answers, profiles, the output folder, setup steps
and the model service, kept in one YAML file that `fastkit config` edits."""
