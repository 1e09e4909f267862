# The traditional single-stage build: the toolchain and package manager ship with the app.
# The base image is an argument so a mirror or a locally built copy can stand in for it.
ARG BASE_IMAGE=debian:bookworm
FROM ${BASE_IMAGE} AS build
WORKDIR /app
RUN apt-get update && apt-get install -y python3 python3-pip
COPY . .
RUN pip3 install --target /app/deps --break-system-packages -r requirements.txt

FROM gcr.io/distroless/python3-debian12:nonroot AS runtime
WORKDIR /app
ENV PYTHONPATH=/app/deps
COPY --from=build /app /app
CMD ["app.py"]
