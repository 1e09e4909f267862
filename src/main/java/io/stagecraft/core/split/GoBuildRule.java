package io.stagecraft.core.split;

import java.util.List;

/** {@code go build -o FILE} makes the program FILE; {@code go install} puts it in GOBIN. */
final class GoBuildRule implements CommandRule {
  @Override
  public String name() {
    return "go-build";
  }

  @Override
  public String description() {
    return "go build -o FILE writes the program FILE; go install writes it into $GOBIN or $GOPATH/bin.";
  }

  @Override
  public List<Artifact> recognise(CommandContext c) {
    if (!c.program().equals("go")) {
      return List.of();
    }
    if ("build".equals(c.arg(1))) {
      String out = c.option("-o");
      String path =
          out != null
              ? c.resolve(out)
              : c.cwd() == null ? null : ImagePaths.resolve(c.cwd(), ImagePaths.fileName(c.cwd()));
      if (path == null || path.equals("/")) {
        return List.of();
      }
      String how =
          out != null ? "go build -o " + out : "go build without -o (named after its directory)";
      return List.of(
          Artifact.program(
              path,
              name(),
              how + " writes the program " + path + " on line " + c.line() + ".",
              c.line()));
    }
    if ("install".equals(c.arg(1))) {
      String bin = c.env().get("GOBIN");
      if (bin == null) {
        bin = c.env().getOrDefault("GOPATH", "/root/go") + "/bin";
      }
      return List.of(
          Artifact.program(
              bin,
              name(),
              "go install on line " + c.line() + " writes its programs into " + bin + ".",
              c.line()));
    }
    return List.of();
  }
}
