package io.stagecraft.core.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.testing.Corpus;
import io.stagecraft.testing.Fixtures;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * print(parse(x)) is x, byte for byte, for every fixture Dockerfile of the project, and for every
 * file of the external corpus when one is named ({@link Corpus}).
 */
class CorpusRoundTripTest {

  static Stream<Path> corpus() {
    return Fixtures.andCorpus().stream();
  }

  @Test
  void fixturesArePresent() {
    assertTrue(
        Fixtures.files().size() >= 10,
        "expected the fixture Dockerfiles in " + Fixtures.directory());
  }

  @Test
  void aNamedCorpusHasFiles() {
    Assumptions.assumeTrue(Corpus.named(), Corpus.NOT_NAMED);
    assertFalse(Corpus.files().isEmpty(), "no files in " + Corpus.directory().orElseThrow());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void printsBackExactBytes(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    String text = decodeStrictly(bytes);
    Dockerfile tree = Dockerfile.parse(text);
    assertArrayEquals(bytes, tree.print().getBytes(StandardCharsets.UTF_8));
    assertElementsTile(tree);
  }

  /** The elements cover the text with no gap and no overlap, so printing is structural. */
  static void assertElementsTile(Dockerfile tree) {
    int expected = 0;
    List<Element> elements = tree.elements();
    for (Element e : elements) {
      assertEquals(expected, e.range().start(), () -> "gap or overlap before " + e);
      assertTrue(e.range().end() > e.range().start(), () -> "empty element " + e);
      expected = e.range().end();
    }
    assertEquals(tree.text().length(), expected);
  }

  private static String decodeStrictly(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
