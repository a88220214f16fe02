<% for name in s.names %>    << name >>,
<% endfor %>
