package io.stagecraft.ui.lint;

import io.stagecraft.core.lint.ContextFacts;
import io.stagecraft.core.lint.LintReport;
import io.stagecraft.core.lint.LintRequest;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Linter;
import io.stagecraft.core.lint.config.HadolintConfig;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.ui.concurrent.BackgroundWork;
import io.stagecraft.ui.model.EditorModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the desktop lints with: the open Dockerfile's {@code .hadolint.yaml} and build context, the
 * build's arguments and target, and the severities chosen in the project. Files are read off the
 * JavaFX thread, once per Dockerfile (and again on {@link #reread()}); until they are read, the
 * file is linted without them. Every change hands the model a new, immutable lint function, which
 * the derivation pipeline runs with the parse of each revision.
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

  /** What was read from disk for one Dockerfile. */
  private record Read(Path dockerfile, HadolintConfig config, ContextFacts facts) {}

  private final EditorModel model;
  private final BackgroundWork background;
  private final Linter linter;
  private Wanted wanted = Wanted.NOTHING;
  private Read read = new Read(null, HadolintConfig.none(), ContextFacts.unknown());

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
      read = new Read(next.dockerfile(), HadolintConfig.none(), ContextFacts.unknown());
      publish();
      reread();
    } else {
      publish();
    }
  }

  /** Reads the configuration and the build context of the Dockerfile again, off this thread. */
  public void reread() {
    Path dockerfile = wanted.dockerfile();
    if (dockerfile == null) {
      return;
    }
    background.run(
        () -> {
          LintRequest request = LintRequest.forFile(dockerfile);
          return new Read(dockerfile, request.hadolintConfig(), request.facts());
        },
        done -> {
          if (Objects.equals(done.dockerfile(), wanted.dockerfile())) {
            read = done;
            publish();
          }
        },
        failure -> {});
  }

  /** The configuration in force, for the panel to name; {@link HadolintConfig#none()} if none. */
  public HadolintConfig config() {
    return read.config();
  }

  private void publish() {
    model.setLinting(lintFunction(wanted, read, linter));
  }

  private static Function<StageGraph, LintReport> lintFunction(
      Wanted wanted, Read read, Linter linter) {
    LintRequest request =
        new LintRequest(
            wanted.dockerfile(),
            null,
            wanted.buildArgs(),
            wanted.target(),
            read.config(),
            wanted.chosen());
    ContextFacts facts = read.facts();
    return graph -> linter.lint(request.contextFor(graph, facts));
  }
}
