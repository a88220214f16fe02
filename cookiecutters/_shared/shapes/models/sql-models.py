<% for name in s.names %>from << s.module >> import << name >> as << name >>
<% endfor %>
