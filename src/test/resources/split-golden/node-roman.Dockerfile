# A dependency-free Node app installed with npm ci, the way the official node image is used.
# The base is an ARG so that a local image can stand in for it (--build-arg BASE_IMAGE=...).
ARG BASE_IMAGE=node:20-bookworm
FROM ${BASE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY server.js ./
COPY lib/ lib/

FROM gcr.io/distroless/nodejs20-debian12:nonroot AS runtime
WORKDIR /app
COPY --from=build /app /app
CMD ["server.js"]
