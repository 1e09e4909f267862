/* Compresses a fixed text (or the arguments) with zlib and prints the sizes and the CRC-32. */
#include <stdio.h>
#include <string.h>
#include <zlib.h>

static void report(const char *text) {
  unsigned char out[4096];
  uLongf size = sizeof out;
  uLong len = (uLong)strlen(text);
  if (compress2(out, &size, (const Bytef *)text, len, Z_BEST_COMPRESSION) != Z_OK) {
    fprintf(stderr, "compress failed\n");
    return;
  }
  printf("%lu -> %lu bytes, crc32 %08lx\n", (unsigned long)len, (unsigned long)size,
         crc32(0L, (const Bytef *)text, len));
}

int main(int argc, char **argv) {
  if (argc < 2) {
    report("to be or not to be, that is the question; to be or not to be");
    report("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  }
  for (int i = 1; i < argc; i++) {
    report(argv[i]);
  }
  printf("zlib %s\n", zlibVersion());
  return 0;
}
