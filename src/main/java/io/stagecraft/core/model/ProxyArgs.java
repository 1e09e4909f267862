package io.stagecraft.core.model;

import java.util.Set;

/**
 * The proxy build args Docker defines for every stage without an ARG: a RUN sees them when they are
 * given, and a split need not carry them.
 */
public final class ProxyArgs {
  public static final Set<String> NAMES =
      Set.of(
          "HTTP_PROXY",
          "http_proxy",
          "HTTPS_PROXY",
          "https_proxy",
          "FTP_PROXY",
          "ftp_proxy",
          "NO_PROXY",
          "no_proxy",
          "ALL_PROXY",
          "all_proxy");

  private ProxyArgs() {}
}
