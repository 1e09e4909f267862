/* A service that keeps its state in a data directory its own user owns: it appends a visit, counts
 * the visits and says who owns the directory. */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#define DATA "/var/lib/counter"

int main(void) {
  struct stat st;
  if (stat(DATA, &st) != 0) {
    perror(DATA);
    return 2;
  }
  FILE *log = fopen(DATA "/visits", "a+");
  if (log == NULL) {
    perror(DATA "/visits");
    return 3;
  }
  fputs("visit\n", log);
  fflush(log);
  rewind(log);
  int visits = 0;
  for (int c; (c = fgetc(log)) != EOF;) {
    visits += c == '\n';
  }
  fclose(log);
  printf("%s owned by %u:%u, written by uid %u, %d visit(s)\n", DATA, (unsigned)st.st_uid,
         (unsigned)st.st_gid, (unsigned)getuid(), visits);
  return 0;
}
