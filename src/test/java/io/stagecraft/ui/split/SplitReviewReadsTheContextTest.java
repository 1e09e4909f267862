package io.stagecraft.ui.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.split.Refusal;
import io.stagecraft.ui.concurrent.BackgroundWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop's review judges a copied script by its {@code #!} line, read from the build context
 * on a background thread, as the command line does; without a context it goes by the name.
 */
class SplitReviewReadsTheContextTest {

  private static final String DOCKERFILE =
      String.join(
          "\n",
          "FROM debian:bookworm",
          "RUN apt-get update && apt-get install -y gcc libc6-dev",
          "WORKDIR /src",
          "COPY hello.c .",
          "RUN gcc -O2 -static -o /usr/local/bin/hello hello.c",
          "COPY --chmod=755 docker-entrypoint.sh /usr/local/bin/",
          "ENTRYPOINT [\"docker-entrypoint.sh\"]",
          "CMD [\"hello\"]",
          "");

  @TempDir Path context;

  /** Runs each piece of work on a thread of its own, then answers on the caller's thread. */
  private static final class OtherThread implements BackgroundWork {
    final Set<String> threads = ConcurrentHashMap.newKeySet();

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
      AtomicReference<T> result = new AtomicReference<>();
      Thread worker =
          new Thread(
              () -> {
                threads.add(Thread.currentThread().getName());
                result.set(work.get());
              },
              "review-work");
      worker.start();
      try {
        worker.join();
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      onResult.accept(result.get());
    }
  }

  private Refusal refusalWith(Supplier<Path> folder, OtherThread work) {
    SplitReview review =
        new SplitReview(DOCKERFILE, SplitReview.Mode.SLIM, 0, null, work, List.of(), work, folder);
    review.setRuntime("gcr.io/distroless/base-debian12");
    assertTrue(review.outcome().ok(), review.outcome().problem());
    assertFalse(review.outcome().applicable(), "the runtime has no shell for the script");
    return review.outcome().preview().refusals().get(0);
  }

  @Test
  void theScriptsFirstLineDecidesWhatItNeeds() throws Exception {
    Files.writeString(
        context.resolve("docker-entrypoint.sh"), "#!/usr/bin/env bash\nexec \"$@\"\n");
    Set<String> askedOn = ConcurrentHashMap.newKeySet();
    OtherThread work = new OtherThread();
    Refusal r =
        refusalWith(
            () -> {
              askedOn.add(Thread.currentThread().getName());
              return context;
            },
            work);
    assertTrue(
        r.message()
            .startsWith(
                "/usr/local/bin/docker-entrypoint.sh (its first line is #!/usr/bin/env bash) needs"
                    + " /usr/bin/env"),
        r.message());
    assertEquals(Set.of("review-work"), askedOn, "the context is read off the caller's thread");
  }

  @Test
  void withoutAContextTheNameStandsForTheShellAndTheNoteSaysSo() throws Exception {
    OtherThread work = new OtherThread();
    Refusal r = refusalWith(() -> null, work);
    assertTrue(
        r.message()
            .startsWith(
                "/usr/local/bin/docker-entrypoint.sh (a .sh script, taken to start with #!/bin/sh)"
                    + " needs /bin/sh"),
        r.message());
  }
}
