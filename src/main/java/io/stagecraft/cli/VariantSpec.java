package io.stagecraft.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A variant on the command line: {@code LABEL=PATH[:TARGET]}, for example {@code
 * B=Dockerfile.multistage:runtime}.
 */
record VariantSpec(String label, Path dockerfile, String target) {

  /** Parses {@code LABEL=PATH[:TARGET]}; a colon followed by a slash belongs to the path. */
  static VariantSpec parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw new IllegalArgumentException("expected LABEL=PATH[:TARGET], got '" + text + "'");
    }
    String label = text.substring(0, eq);
    String rest = text.substring(eq + 1);
    int colon = rest.lastIndexOf(':');
    String target = null;
    if (colon > 0 && rest.indexOf('/', colon) < 0) {
      target = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
      if (target.isEmpty()) {
        throw new IllegalArgumentException("empty target stage in '" + text + "'");
      }
    }
    return new VariantSpec(label, Path.of(rest), target);
  }

  /** Lets picocli turn arguments into specs, with the parse error as the usage message. */
  static final class Converter implements ITypeConverter<VariantSpec> {
    @Override
    public VariantSpec convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
