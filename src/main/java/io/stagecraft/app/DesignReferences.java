package io.stagecraft.app;

import io.stagecraft.core.model.ReferenceContext;
import io.stagecraft.persistence.BuildSettings;
import io.stagecraft.persistence.VariantSettings;
import io.stagecraft.ui.build.BuildPanelModel;
import io.stagecraft.ui.build.EngineCheck;
import io.stagecraft.ui.model.EditorModel;
import java.util.Map;

/**
 * Feeds the canvas's stage references what the build of the design knows (ADR 17): the build args
 * of the variant that builds the design, and the engine's platform for BuildKit's automatic args
 * ({@code TARGETOS}, {@code TARGETARCH}...), linux/amd64 while no engine says otherwise. So {@code
 * FROM binaries-$TARGETOS} is drawn from the stage the build would use.
 */
final class DesignReferences {
  private DesignReferences() {}

  /** Keeps {@code model}'s reference context in step with the build panel's settings and engine. */
  static void follow(BuildPanelModel panel, EditorModel model) {
    Runnable update =
        () ->
            model.setReferenceContext(
                context(panel.settingsProperty().get(), platform(panel.engineProperty().get())));
    panel.settingsProperty().addListener((o, was, now) -> update.run());
    panel.engineProperty().addListener((o, was, now) -> update.run());
    update.run();
  }

  /**
   * The references of the design as {@code settings} build it on an engine of {@code platform}
   * ({@code os/arch}, or null when unknown).
   */
  static ReferenceContext context(BuildSettings settings, String platform) {
    return new ReferenceContext(designArgs(settings), platform, platform);
  }

  /**
   * The build args of the variant that builds the design in the editor: B, the design by default,
   * else A; none when neither does.
   */
  static Map<String, String> designArgs(BuildSettings settings) {
    if (settings == null) {
      return Map.of();
    }
    if (settings.b().source() == VariantSettings.Source.DOCUMENT) {
      return settings.b().buildArgs();
    }
    if (settings.a().source() == VariantSettings.Source.DOCUMENT) {
      return settings.a().buildArgs();
    }
    return Map.of();
  }

  private static String platform(EngineCheck check) {
    return check == null || !check.isConnected() ? null : check.platform();
  }
}
