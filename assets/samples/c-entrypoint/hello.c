/* Greets each argument (or the world), one line each; the entrypoint script runs it. */
#include <stdio.h>

int main(int argc, char **argv) {
  if (argc < 2) {
    puts("hello, world");
    return 0;
  }
  for (int i = 1; i < argc; i++) {
    printf("hello, %s\n", argv[i]);
  }
  return 0;
}
