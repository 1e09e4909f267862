# A distroless-like Node.js runtime, as gcr.io/distroless/nodejs is: node at /nodejs/bin/node as the
# ENTRYPOINT, the libraries it loads, no shell, no npm, no package manager, a non-root user.
# Built by distroless.sh nodejs from the local node image made from node.Dockerfile.
ARG BASE=stagecraft/node:bookworm

FROM ${BASE} AS src
LABEL io.stagecraft.build=distroless-nodejs-src
COPY runtime-files.sh /usr/local/bin/
# The base already holds node, so no network is needed here.
RUN set -eu; mkdir -p /out/nodejs/bin /out/etc /out/tmp /out/home/nonroot; \
    # Debian's node loads some of its own modules (acorn, cjs-module-lexer, undici) from
    # /usr/share/nodejs, so their packages come along.
    sh /usr/local/bin/runtime-files.sh /out "$(readlink -f /usr/bin/node)" \
      node-acorn node-cjs-module-lexer node-undici libc6 tzdata; \
    cp -L /usr/bin/node /out/nodejs/bin/node; \
    rm -f /out/usr/bin/node /out/usr/bin/nodejs; \
    echo 'root:x:0:0:root:/root:/sbin/nologin' > /out/etc/passwd; \
    echo 'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin' >> /out/etc/passwd; \
    printf 'root:x:0:\nnonroot:x:65532:\n' > /out/etc/group; \
    chown 65532:65532 /out/home/nonroot; \
    chmod 1777 /out/tmp; \
    test ! -e /out/bin/sh && test ! -e /out/usr/bin/sh && test ! -e /out/usr/bin/dpkg && test ! -e /out/usr/bin/npm; \
    chroot /out /nodejs/bin/node -e 'require("zlib"); require("crypto"); console.log("node " + process.version)'

FROM scratch
COPY --from=src /out /
USER 65532:65532
WORKDIR /home/nonroot
# As in distroless, node is the entrypoint: arguments are node's.
ENTRYPOINT ["/nodejs/bin/node"]
