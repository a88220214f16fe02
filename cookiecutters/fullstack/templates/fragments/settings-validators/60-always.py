
    @field_validator("cors_origins")
    @classmethod
    def refuse_every_origin(cls, origins: list[str]) -> list[str]:
        """The listed origins' pages call the API with the user's cookies: "*" would
        let every site's pages do so."""
        if "*" in origins:
            raise ValueError("CORS_ORIGINS cannot hold *: list each origin")
        return origins
