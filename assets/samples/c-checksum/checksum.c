/*
 * checksum: prints the CRC-32 (as in zlib and PNG) of each argument, or of a few built-in words,
 * one per line, then the combined count of bytes: a deterministic output to compare two builds.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t crc32(const unsigned char *data, size_t length) {
  uint32_t crc = 0xFFFFFFFFu;
  for (size_t i = 0; i < length; i++) {
    crc ^= data[i];
    for (int bit = 0; bit < 8; bit++) {
      crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
  }
  return crc ^ 0xFFFFFFFFu;
}

int main(int argc, char **argv) {
  static const char *demo[] = {"stagecraft", "multi-stage", "distroless", "123456789"};
  const char **words = argc > 1 ? (const char **)(argv + 1) : demo;
  int count = argc > 1 ? argc - 1 : (int)(sizeof demo / sizeof demo[0]);
  size_t bytes = 0;
  for (int i = 0; i < count; i++) {
    size_t length = strlen(words[i]);
    bytes += length;
    printf("%08x  %s\n", (unsigned)crc32((const unsigned char *)words[i], length), words[i]);
  }
  printf("%d words, %zu bytes\n", count, bytes);
  return 0;
}
