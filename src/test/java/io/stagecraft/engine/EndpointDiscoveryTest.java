package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointDiscoveryTest {

  @TempDir Path home;

  private EngineEndpoint discover(Map<String, String> env) throws EngineException {
    return new EndpointDiscovery(env, home).discover();
  }

  private EngineException failure(Map<String, String> env) {
    EngineException e = assertThrows(EngineException.class, () -> discover(env));
    assertEquals(EngineProblem.CONFIGURATION, e.problem());
    return e;
  }

  private Path dockerDir() {
    return home.resolve(".docker");
  }

  private void writeConfig(String json) throws IOException {
    Files.createDirectories(dockerDir());
    Files.writeString(dockerDir().resolve("config.json"), json);
  }

  private Path writeContext(String name, String metaJson) throws IOException {
    Path meta = dockerDir().resolve("contexts/meta").resolve(EndpointDiscovery.contextId(name));
    Files.createDirectories(meta);
    Files.writeString(meta.resolve("meta.json"), metaJson);
    return meta;
  }

  private Path writeContextTls(String name) throws IOException {
    Path tls =
        dockerDir()
            .resolve("contexts/tls")
            .resolve(EndpointDiscovery.contextId(name))
            .resolve("docker");
    Files.createDirectories(tls);
    return tls;
  }

  private static String meta(String name, String host, boolean skipVerify) {
    return "{\"Name\":\""
        + name
        + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\""
        + host
        + "\",\"SkipTLSVerify\":"
        + skipVerify
        + "}}}";
  }

  @Test
  void withNothingConfiguredItIsTheDefaultSocket() throws EngineException {
    EngineEndpoint e = discover(Map.of());
    assertEquals(URI.create("unix:///var/run/docker.sock"), e.host());
    assertNull(e.tls());
    assertEquals("default socket", e.origin());
  }

  @Test
  void dockerHostUnixSocket() throws EngineException {
    EngineEndpoint e = discover(Map.of("DOCKER_HOST", "unix:///run/user/1000/docker.sock"));
    assertEquals(URI.create("unix:///run/user/1000/docker.sock"), e.host());
    assertNull(e.tls());
    assertEquals("DOCKER_HOST", e.origin());
  }

  @Test
  void dockerHostTcpWithoutTlsIsPlainAndDefaultsToPort2375() throws EngineException {
    EngineEndpoint e = discover(Map.of("DOCKER_HOST", "tcp://build-host"));
    assertEquals(URI.create("tcp://build-host:2375"), e.host());
    assertNull(e.tls());
  }

  @Test
  void aBareHostAndPortMeansTcp() throws EngineException {
    assertEquals(
        URI.create("tcp://10.1.2.3:2375"), discover(Map.of("DOCKER_HOST", "10.1.2.3:2375")).host());
  }

  @Test
  void anEmptyTcpHostIsTheLocalMachine() throws EngineException {
    assertEquals(
        URI.create("tcp://localhost:2375"), discover(Map.of("DOCKER_HOST", "tcp://:2375")).host());
  }

  @Test
  void ipv6AndABasePathSurvive() throws EngineException {
    assertEquals(
        URI.create("tcp://[::1]:2376/engine"),
        discover(Map.of("DOCKER_HOST", "tcp://[::1]:2376/engine/")).host());
  }

  @Test
  void tlsVerifyUsesTheCertPathAndDefaultsToPort2376() throws Exception {
    Path certs = Files.createDirectories(home.resolve("certs"));
    EngineEndpoint e =
        discover(
            Map.of(
                "DOCKER_HOST", "tcp://127.0.0.1",
                "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", certs.toString()));
    assertEquals(URI.create("tcp://127.0.0.1:2376"), e.host());
    assertEquals(new TlsSettings(certs, true), e.tls());
  }

  @Test
  void tlsVerifyWithoutCertPathUsesTheDockerConfigDirectory() throws EngineException {
    EngineEndpoint e = discover(Map.of("DOCKER_HOST", "tcp://h:2376", "DOCKER_TLS_VERIFY", "1"));
    assertEquals(new TlsSettings(dockerDir(), true), e.tls());
  }

  @Test
  void aCertPathWithoutTlsVerifyMeansTlsWithoutVerification() throws Exception {
    Path certs = Files.createDirectories(home.resolve("certs"));
    EngineEndpoint e =
        discover(Map.of("DOCKER_HOST", "tcp://h:2376", "DOCKER_CERT_PATH", certs.toString()));
    assertEquals(new TlsSettings(certs, false), e.tls());
  }

  @Test
  void tlsVariablesDoNotApplyToUnixSockets() throws EngineException {
    EngineEndpoint e =
        discover(Map.of("DOCKER_HOST", "unix:///var/run/docker.sock", "DOCKER_TLS_VERIFY", "1"));
    assertNull(e.tls());
  }

  @Test
  void aMissingCertPathIsReportedByName() {
    Path missing = home.resolve("no-such-certs");
    EngineException e =
        failure(
            Map.of(
                "DOCKER_HOST", "tcp://h:2376",
                "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", missing.toString()));
    assertTrue(
        e.getMessage().contains("DOCKER_CERT_PATH") && e.getMessage().contains(missing.toString()),
        e.getMessage());
  }

  @Test
  void emptyVariablesCountAsUnset() throws EngineException {
    Map<String, String> env = new HashMap<>();
    env.put("DOCKER_HOST", "");
    env.put("DOCKER_CONTEXT", "");
    assertEquals(EngineEndpoint.DEFAULT_SOCKET, discover(env).host());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ssh://user@host|ssh://",
        "fd://|unknown scheme 'fd'",
        "unix://relative.sock|absolute",
        "tcp://host:notaport|not a number",
        "tcp://host:70000|outside 1-65535",
        "tcp://[::1|unclosed IPv6",
        "tcp://bad host:2375|not a valid host name",
      })
  void malformedHostsAreRejectedWithAReason(String host, String reason) {
    EngineException e = failure(Map.of("DOCKER_HOST", host));
    assertTrue(e.getMessage().contains("DOCKER_HOST"), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void dockerHostWinsOverTheCurrentContext() throws Exception {
    writeConfig("{\"currentContext\":\"remote\"}");
    writeContext("remote", meta("remote", "tcp://remote:2376", false));
    assertEquals("DOCKER_HOST", discover(Map.of("DOCKER_HOST", "unix:///x.sock")).origin());
  }

  @Test
  void theCurrentContextComesFromConfigJsonAndItsMetadata() throws Exception {
    writeConfig("{\"auths\":{},\"currentContext\":\"colima\"}");
    writeContext("colima", meta("colima", "unix:///Users/me/.colima/default/docker.sock", false));
    EngineEndpoint e = discover(Map.of());
    assertEquals(URI.create("unix:///Users/me/.colima/default/docker.sock"), e.host());
    assertNull(e.tls());
    assertEquals("Docker context 'colima'", e.origin());
  }

  @Test
  void contextIdsAreTheSha256OfTheName() {
    // The value the Docker CLI uses for a context named "default" is well known.
    assertEquals(
        "37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f",
        EndpointDiscovery.contextId("default"));
  }

  @Test
  void aTcpContextWithTlsFilesVerifiesAgainstThem() throws Exception {
    writeConfig("{\"currentContext\":\"prod\"}");
    writeContext("prod", meta("prod", "tcp://prod.example:2376", false));
    Path tls = writeContextTls("prod");
    EngineEndpoint e = discover(Map.of());
    assertEquals(URI.create("tcp://prod.example:2376"), e.host());
    assertEquals(new TlsSettings(tls, true), e.tls());
  }

  @Test
  void skipTlsVerifyTurnsVerificationOff() throws Exception {
    writeConfig("{\"currentContext\":\"lab\"}");
    writeContext("lab", meta("lab", "tcp://lab:2376", true));
    Path tls = writeContextTls("lab");
    EngineEndpoint e = discover(Map.of());
    assertEquals(new TlsSettings(tls, false), e.tls());
    assertFalse(e.tls().verifyServer());
  }

  @Test
  void aTcpContextWithoutTlsFilesIsPlainHttp() throws Exception {
    writeConfig("{\"currentContext\":\"plain\"}");
    writeContext("plain", meta("plain", "tcp://plain:2375", false));
    assertNull(discover(Map.of()).tls());
  }

  @Test
  void dockerContextVariableWinsOverConfigJson() throws Exception {
    writeConfig("{\"currentContext\":\"a\"}");
    writeContext("a", meta("a", "unix:///a.sock", false));
    writeContext("b", meta("b", "unix:///b.sock", false));
    assertEquals(URI.create("unix:///b.sock"), discover(Map.of("DOCKER_CONTEXT", "b")).host());
  }

  @Test
  void theDefaultContextMeansTheDefaultSocket() throws Exception {
    writeConfig("{\"currentContext\":\"default\"}");
    assertEquals(EngineEndpoint.DEFAULT_SOCKET, discover(Map.of()).host());
  }

  @Test
  void dockerConfigVariableMovesTheConfigDirectory() throws Exception {
    Path elsewhere = home.resolve("elsewhere");
    Path meta = elsewhere.resolve("contexts/meta").resolve(EndpointDiscovery.contextId("x"));
    Files.createDirectories(meta);
    Files.writeString(elsewhere.resolve("config.json"), "{\"currentContext\":\"x\"}");
    Files.writeString(meta.resolve("meta.json"), meta("x", "unix:///x.sock", false));
    EngineEndpoint e = discover(Map.of("DOCKER_CONFIG", elsewhere.toString()));
    assertEquals(URI.create("unix:///x.sock"), e.host());
  }

  @Test
  void aContextWithoutMetadataIsAnErrorNamingTheContext() throws Exception {
    writeConfig("{\"currentContext\":\"gone\"}");
    EngineException e = failure(Map.of());
    assertTrue(
        e.getMessage().contains("'gone'") && e.getMessage().contains("meta.json"), e.getMessage());
  }

  @Test
  void aContextWithoutADockerHostIsAnError() throws Exception {
    writeConfig("{\"currentContext\":\"k8s\"}");
    writeContext("k8s", "{\"Name\":\"k8s\",\"Endpoints\":{\"kubernetes\":{}}}");
    EngineException e = failure(Map.of());
    assertTrue(e.getMessage().contains("Endpoints.docker.Host"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{not json", "[]", "{\"currentContext\":42}"})
  void aBrokenConfigJsonIsAnErrorNamingTheFile(String json) throws Exception {
    writeConfig(json);
    EngineException e = failure(Map.of());
    assertTrue(e.getMessage().contains("config.json"), e.getMessage());
  }

  @Test
  void aBrokenMetaJsonIsAnError() throws Exception {
    writeConfig("{\"currentContext\":\"bad\"}");
    writeContext("bad", "{\"Endpoints\":");
    EngineException e = failure(Map.of());
    assertTrue(e.getMessage().contains("'bad'"), e.getMessage());
  }

  @Test
  void aConfigJsonWithoutCurrentContextMeansTheDefaultSocket() throws Exception {
    writeConfig("{\"auths\":{}}");
    assertEquals(EngineEndpoint.DEFAULT_SOCKET, discover(Map.of()).host());
  }
}
