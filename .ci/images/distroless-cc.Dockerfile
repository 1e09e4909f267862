# A distroless-like C runtime, as gcr.io/distroless/cc is: glibc, the GCC and C++ runtime libraries and
# OpenSSL, no shell, no package manager, a non-root user, no ENTRYPOINT. Like distroless cc it has no
# zlib, so a program linked with -lz must bring libz.so.1 along.
# Built by distroless.sh cc from the local Debian image made by debian.sh.
ARG BASE=stagecraft/debian:bookworm

FROM ${BASE} AS src
LABEL io.stagecraft.build=distroless-cc-src
# Every package is already in the base (apt and python3 need them), so no network is needed here.
RUN set -eu; mkdir -p /out; \
    for p in libc6 libgcc-s1 libstdc++6 libssl3 tzdata; do \
      dpkg -L "$p" 2>/dev/null | while read -r f; do \
        if [ -f "$f" ]; then cp -a --parents "$f" /out; fi; \
      done; \
    done; \
    mkdir -p /out/etc /out/tmp /out/home/nonroot; \
    [ -e /out/lib64 ] || cp -a /lib64 /out/lib64; \
    echo 'root:x:0:0:root:/root:/sbin/nologin' > /out/etc/passwd; \
    echo 'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin' >> /out/etc/passwd; \
    printf 'root:x:0:\nnonroot:x:65532:\n' > /out/etc/group; \
    chown 65532:65532 /out/home/nonroot; \
    chmod 1777 /out/tmp; \
    test ! -e /out/bin/sh && test ! -e /out/usr/bin/sh && test ! -e /out/usr/bin/dpkg; \
    test -n "$(find /out -name libc.so.6)" && test -z "$(find /out -name 'libz.so*')"

FROM scratch
COPY --from=src /out /
USER 65532:65532
WORKDIR /home/nonroot
