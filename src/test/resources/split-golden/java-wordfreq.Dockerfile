# A Java program compiled with the JDK and packaged as an executable jar, run where it was built.
# The base is an ARG so that a local image can stand in for it (--build-arg BASE_IMAGE=...).
ARG BASE_IMAGE=debian:bookworm
FROM ${BASE_IMAGE} AS build
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jdk-headless
WORKDIR /src
COPY src/ src/
RUN javac -d classes src/wordfreq/*.java \
 && mkdir -p /app \
 && jar --create --file /app/wordfreq.jar --main-class wordfreq.Main -C classes .

FROM gcr.io/distroless/java17-debian12:nonroot AS runtime
WORKDIR /src
COPY --from=build /app/wordfreq.jar /app/wordfreq.jar
CMD ["/app/wordfreq.jar"]
