    install_metrics(app)
