# A distroless-like Python 3 runtime: the interpreter and its libraries, no shell, no package manager,
# a non-root user, and the interpreter as the entrypoint.
# Built by distroless.sh python3 from the local Debian image made by debian.sh.
ARG BASE=stagecraft/debian:bookworm

FROM ${BASE} AS src
# Marks the builder stage's image, so the build script can remove it once the runtime is tagged.
LABEL io.stagecraft.build=distroless-python3-src
# The base already holds python3 (debootstrap --include=python3), so no network is needed here.
# Each package's own file list picks the runtime out of the full system, leaving shells and tools behind;
# the last checks make sure no shell or package manager slipped in and the runtime works on its own files.
RUN set -eu; python3 -c 'import sys; assert sys.version_info >= (3, 11)'; \
    mkdir -p /out; \
    for p in python3.11-minimal libpython3.11-minimal libpython3.11-stdlib libc6 zlib1g libexpat1 \
             libssl3 libffi8 libbz2-1.0 liblzma5 libsqlite3-0 libuuid1 libncursesw6 libtinfo6 \
             libreadline8 libdb5.3 libgdbm6 libcrypt1 libmpdec3 media-types tzdata; do \
      dpkg -L "$p" 2>/dev/null | while read -r f; do \
        if [ -f "$f" ]; then cp -a --parents "$f" /out; fi; \
      done; \
    done; \
    mkdir -p /out/usr/bin /out/etc /out/tmp /out/home/nonroot; \
    ln -sf python3.11 /out/usr/bin/python3; \
    [ -e /out/lib64 ] || cp -a /lib64 /out/lib64; \
    echo 'root:x:0:0:root:/root:/sbin/nologin' > /out/etc/passwd; \
    echo 'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin' >> /out/etc/passwd; \
    printf 'root:x:0:\nnonroot:x:65532:\n' > /out/etc/group; \
    chown 65532:65532 /out/home/nonroot; \
    chmod 1777 /out/tmp; \
    test ! -e /out/bin/sh && test ! -e /out/usr/bin/sh && test ! -e /out/usr/bin/dpkg && test ! -e /out/usr/bin/apt-get; \
    chroot /out /usr/bin/python3 -c 'import ssl, sqlite3, json, zlib, lzma, ctypes'

FROM scratch
COPY --from=src /out /
ENV LANG=C.UTF-8
USER 65532:65532
WORKDIR /home/nonroot
# As in distroless, the interpreter is the entrypoint: arguments are Python's.
ENTRYPOINT ["/usr/bin/python3"]
