package io.stagecraft.ui.lint;

import io.stagecraft.core.lint.ContextFacts;
import io.stagecraft.core.lint.LintRequest;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Linter;
import io.stagecraft.ui.concurrent.BackgroundWork;
import io.stagecraft.ui.derive.Linting;
import io.stagecraft.ui.model.EditorModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the desktop lints with: the open Dockerfile's {@code .hadolint.yaml} and build context, the
 * build's arguments and target, and the severities chosen in the project. Files are read off the
 * JavaFX thread. The build context is read once per Dockerfile (and again on {@link #reread()});
 * until it is read, the file is linted without it. The configuration file is followed: each lint
 * looks whether it changed on disk and reads it again if so, and {@link #recheck()} (when the
 * window regains focus) lints again when it changed while nothing was typed. Every change hands the
 * model a new lint function, which the derivation pipeline runs with the parse of each revision.
 */
public final class LintSetup {
  /** The settings a front end knows on the JavaFX thread. */
  public record Wanted(
      Path dockerfile,
      Map<String, String> buildArgs,
      String target,
      Map<String, LintSeverity> chosen) {
    public Wanted {
      buildArgs = Map.copyOf(buildArgs);
      chosen = Map.copyOf(chosen);
    }

    public static final Wanted NOTHING = new Wanted(null, Map.of(), null, Map.of());
  }

  /** What was read from disk for one Dockerfile, and its configuration as it changes. */
  private record Read(Path dockerfile, HadolintConfigFollower config, ContextFacts facts) {}

  private final EditorModel model;
  private final BackgroundWork background;
  private final Linter linter;
  private Wanted wanted = Wanted.NOTHING;
  private Read read = new Read(null, new HadolintConfigFollower(null), ContextFacts.unknown());

  public LintSetup(EditorModel model, BackgroundWork background, Linter linter) {
    this.model = model;
    this.background = background;
    this.linter = linter;
  }

  /** Lints with {@code next} from now on; reads the Dockerfile's files when it is another one. */
  public void use(Wanted next) {
    boolean otherFile = !Objects.equals(next.dockerfile(), wanted.dockerfile());
    wanted = next;
    if (otherFile) {
      read =
          new Read(
              next.dockerfile(),
              new HadolintConfigFollower(next.dockerfile()),
              ContextFacts.unknown());
      publish();
      reread();
    } else {
      publish();
    }
  }

  /** Reads the build context of the Dockerfile again, off this thread. */
  public void reread() {
    Path dockerfile = wanted.dockerfile();
    if (dockerfile == null) {
      return;
    }
    HadolintConfigFollower config = read.config();
    background.run(
        () -> new Read(dockerfile, config, LintRequest.forFile(dockerfile).facts()),
        done -> {
          if (read.config() == done.config()) {
            read = done;
            publish();
          }
        },
        failure -> {});
  }

  /**
   * Looks, off this thread, whether the Dockerfile's configuration file changed on disk, and lints
   * the current revision again if it did.
   */
  public void recheck() {
    HadolintConfigFollower config = read.config();
    background.run(
        config::changed,
        changed -> {
          if (changed && read.config() == config) {
            publish();
          }
        },
        failure -> {});
  }

  private void publish() {
    model.setLinting(lintFunction(wanted, read, linter));
  }

  private static Linting lintFunction(Wanted wanted, Read read, Linter linter) {
    HadolintConfigFollower config = read.config();
    ContextFacts facts = read.facts();
    return (graph, replaced) -> {
      LintRequest request =
          new LintRequest(
              wanted.dockerfile(),
              null,
              wanted.buildArgs(),
              wanted.target(),
              config.current(),
              wanted.chosen());
      return linter.lintUnless(request.contextFor(graph, facts), replaced);
    };
  }
}
