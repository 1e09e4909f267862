package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.split.RuntimeImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lesson's Python calculator, split onto a local distroless-python3 stand-in. */
class PythonCalculatorSplitIT extends SampleSplitProof {

  PythonCalculatorSplitIT() {
    super("python-calculator", "stagecraft/distroless-python3:latest");
  }

  /** The stand-in's ENTRYPOINT is the interpreter, as inspected: CMD must name only the script. */
  @Test
  void theInspectedEntrypointShapesTheCommand() {
    RuntimeImage runtime = split().runtime();
    assertEquals(RuntimeImage.Source.INSPECTED, runtime.source());
    assertEquals(List.of("/usr/bin/python3"), runtime.entrypoint());
    assertEquals("65532:65532", runtime.user());
    assertTrue(split().after().contains("CMD [\"app.py\"]"), split().after());
  }
}
