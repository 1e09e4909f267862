# Exec (JSON) forms and the shapes that fall back to the shell form.
FROM stagecraft/busybox:latest
CMD []
ENTRYPOINT [""]
RUN ["echo", "with spaces", "♥ ☃", "\" \\ \/ \b \f \n \r \t \u0041"]
RUN [ "echo" , "loose" , "spacing" ]
RUN	[	"echo",	"tabs"	]
RUN ['single', 'quotes', 'are', 'a', 'shell', 'form']
RUN ["unterminated
RUN ["a", 42, "b"]
RUN ["nested", ["array"]]
RUN ["object", {"k": "v"}]
RUN ["trailing text"] after
CMD ["echo", "json inside a string: [\"x\"]"]
SHELL ["/bin/sh", "-c"]
VOLUME ["/one", "/two"]
VOLUME /three /four
ADD ["src dir/", "/dst dir/"]
COPY ["--from=not-a-flag-here", "/dst/"]
