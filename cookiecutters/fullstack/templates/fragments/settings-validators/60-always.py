
    @model_validator(mode="after")
    def refuse_every_origin(self) -> Self:
        """The listed origins' pages call the API with the user's cookies: "*" would
        let every site's pages do so."""
        if "*" in self.cors_origins:
            raise ValueError("CORS_ORIGINS cannot hold *: list each origin")
        return self
