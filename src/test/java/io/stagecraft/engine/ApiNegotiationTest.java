package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiNegotiationTest {

  private static ApiVersion v(String s) {
    return ApiVersion.parse(s);
  }

  @Test
  void debianEngine2010GetsItsOwnVersionNotTheClientsNewest() throws EngineException {
    assertEquals(v("1.41"), ApiNegotiation.negotiate(v("1.41"), Optional.of(v("1.12"))));
  }

  @Test
  void enginesBetweenTheFloorAndTheCeilingGetTheirOwnVersion() throws EngineException {
    assertEquals(v("1.43"), ApiNegotiation.negotiate(v("1.43"), Optional.of(v("1.12"))));
    assertEquals(v("1.44"), ApiNegotiation.negotiate(v("1.44"), Optional.empty()));
  }

  @Test
  void newerEnginesAreCappedAtTheClientsNewest() throws EngineException {
    assertEquals(v("1.44"), ApiNegotiation.negotiate(v("1.47"), Optional.of(v("1.24"))));
    // Engine 29 speaks 1.52 and accepts nothing older than 1.44: exactly the ceiling still works.
    assertEquals(v("1.44"), ApiNegotiation.negotiate(v("1.52"), Optional.of(v("1.44"))));
  }

  @Test
  void neverExceedsTheEngineNorTheClient() throws EngineException {
    for (int minor = 41; minor <= 60; minor++) {
      ApiVersion engine = new ApiVersion(1, minor);
      ApiVersion chosen = ApiNegotiation.negotiate(engine, Optional.empty());
      assertTrue(!chosen.isNewerThan(engine), chosen + " > " + engine);
      assertTrue(!chosen.isNewerThan(ApiNegotiation.NEWEST_CLIENT_VERSION), chosen.toString());
    }
  }

  @Test
  void enginesOlderThanTheFloorAreRejectedWithAReason() {
    EngineException e =
        assertThrows(
            EngineException.class, () -> ApiNegotiation.negotiate(v("1.40"), Optional.empty()));
    assertEquals(EngineProblem.INCOMPATIBLE, e.problem());
    assertTrue(e.getMessage().contains("1.40") && e.getMessage().contains("1.41"), e.getMessage());
  }

  @Test
  void anEngineWhoseFloorIsAboveTheClientCeilingIsRejected() {
    EngineException e =
        assertThrows(
            EngineException.class,
            () -> ApiNegotiation.negotiate(v("1.55"), Optional.of(v("1.45"))));
    assertEquals(EngineProblem.INCOMPATIBLE, e.problem());
    assertTrue(e.getMessage().contains("1.45") && e.getMessage().contains("1.44"), e.getMessage());
  }
}
