package io.stagecraft.ui;

import javafx.application.Application;
import javafx.scene.Parent;

/**
 * The light and dark looks: AtlantaFX's Primer themes for the controls, plus Stagecraft's own
 * colours. The themes are used as plain stylesheets from the AtlantaFX jar, because its classes
 * are compiled for Java 21 while Stagecraft runs on Java 17.
 */
public enum Theme {
  LIGHT("/atlantafx/base/theme/primer-light.css"),
  DARK("/atlantafx/base/theme/primer-dark.css");

  public static final String STYLESHEET = Theme.class.getResource("stagecraft.css").toExternalForm();
  private final String userAgentStylesheet;

  Theme(String userAgentStylesheet) {
    this.userAgentStylesheet = userAgentStylesheet;
  }

  /** Applies this theme to the whole application and marks {@code root} for Stagecraft's colours. */
  public void apply(Parent root) {
    Application.setUserAgentStylesheet(Theme.class.getResource(userAgentStylesheet).toExternalForm());
    root.getStyleClass().remove("dark");
    if (this == DARK) {
      root.getStyleClass().add("dark");
    }
  }

  public Theme other() {
    return this == DARK ? LIGHT : DARK;
  }
}
