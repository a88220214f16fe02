    "<< s.setting >>": "<< s.name >>",
