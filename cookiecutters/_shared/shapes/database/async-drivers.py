<% for scheme in s.schemes %>    "<< scheme >>": "<< s.dialect >>+<< s.driver >>",
<% endfor %>