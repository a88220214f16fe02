from << s.module >> import << s.names | join(", ") >>
