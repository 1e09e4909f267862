# A distroless-like Java 17 runtime, as gcr.io/distroless/java17 is: a headless JRE with
# ENTRYPOINT ["/usr/bin/java", "-jar"], the libraries it loads, no shell, no package manager, a
# non-root user. Built by distroless.sh java17 from the local Debian image made by debian.sh.
ARG BASE=stagecraft/debian:bookworm

FROM ${BASE} AS src
LABEL io.stagecraft.build=distroless-java17-src
COPY runtime-files.sh /usr/local/bin/
# Debian's mirror is the one network the build uses.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jre-headless
RUN set -eu; jvm=/usr/lib/jvm/java-17-openjdk-amd64; \
    mkdir -p /out/usr/bin /out/etc /out/tmp /out/home/nonroot; \
    # Like distroless, the JRE's desktop libraries (AWT, sound, fonts) come without their
    # dependencies: a headless app never loads them.
    sh /usr/local/bin/runtime-files.sh /out "$jvm/bin/java $(find "$jvm/lib" -name '*.so' \
        ! -name 'libawt*' ! -name 'libfontmanager.so' ! -name 'libjavajpeg.so' ! -name 'liblcms.so' \
        ! -name 'libjsound.so' ! -name 'libsplashscreen.so' ! -name 'libj2pcsc.so' ! -name 'libmlib_image.so' \
        | tr '\n' ' ')" \
      openjdk-17-jre-headless libc6 tzdata; \
    ln -s "$jvm/bin/java" /out/usr/bin/java; \
    echo 'root:x:0:0:root:/root:/sbin/nologin' > /out/etc/passwd; \
    echo 'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin' >> /out/etc/passwd; \
    printf 'root:x:0:\nnonroot:x:65532:\n' > /out/etc/group; \
    chown 65532:65532 /out/home/nonroot; \
    chmod 1777 /out/tmp; \
    test ! -e /out/bin/sh && test ! -e /out/usr/bin/sh && test ! -e /out/usr/bin/dpkg; \
    # No /proc in a chroot, so java cannot find its own libraries through $ORIGIN: name them.
    LD_LIBRARY_PATH="$jvm/lib:$jvm/lib/server" chroot /out /usr/bin/java -version

FROM scratch
COPY --from=src /out /
USER 65532:65532
WORKDIR /home/nonroot
# As in distroless, java -jar is the entrypoint: CMD names the jar.
ENTRYPOINT ["/usr/bin/java", "-jar"]
