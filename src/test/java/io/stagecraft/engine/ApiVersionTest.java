package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiVersionTest {

  @Test
  void parsesAndPrintsTheWireForm() {
    ApiVersion v = ApiVersion.parse(" 1.41\n");
    assertEquals(new ApiVersion(1, 41), v);
    assertEquals("1.41", v.toString());
  }

  @Test
  void ordersNumericallyNotAsText() {
    assertTrue(ApiVersion.parse("1.9").isOlderThan(ApiVersion.parse("1.10")));
    assertTrue(ApiVersion.parse("2.0").isNewerThan(ApiVersion.parse("1.99")));
    List<ApiVersion> sorted =
        List.of(ApiVersion.parse("1.44"), ApiVersion.parse("1.9"), ApiVersion.parse("1.41"))
            .stream()
            .sorted()
            .toList();
    assertEquals(
        List.of(new ApiVersion(1, 9), new ApiVersion(1, 41), new ApiVersion(1, 44)), sorted);
    assertEquals(
        new ApiVersion(1, 41), ApiVersion.min(new ApiVersion(1, 44), new ApiVersion(1, 41)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "1.", ".41", "v1.41", "1.41.0", "1.x", "-1.41", "one.two"})
  void rejectsMalformedText(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ApiVersion.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @Test
  void rejectsNegativeParts() {
    assertThrows(IllegalArgumentException.class, () -> new ApiVersion(1, -1));
  }
}
