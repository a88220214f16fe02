    "<< s.name >>": "<< s.prefix >>",
