#syntax = docker/dockerfile:1.10
# CHECK = skip=StageNameCasing,FromAsCasing;error=true
#  Escape=\
# The three directives above are recognised; this comment ends the directive block,
# escape=`
# so the line above is an ordinary comment and the escape stays a backslash.
FROM stagecraft/busybox:latest
RUN echo backslash \
    continues
