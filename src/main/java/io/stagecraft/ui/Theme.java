package io.stagecraft.ui;

import javafx.application.Application;
import javafx.scene.Parent;

/**
 * The light and dark looks: AtlantaFX's Primer themes for the controls, plus Stagecraft's own
 * colours. The themes are used as plain stylesheets from the AtlantaFX jar, because its classes are
 * compiled for Java 21 while Stagecraft runs on Java 17.
 */
public enum Theme {
  LIGHT("/atlantafx/base/theme/primer-light.css"),
  DARK("/atlantafx/base/theme/primer-dark.css");

  public static final String STYLESHEET =
      Theme.class.getResource("stagecraft.css").toExternalForm();
  private final String userAgentStylesheet;

  Theme(String userAgentStylesheet) {
    this.userAgentStylesheet = userAgentStylesheet;
  }

  /** The theme to start in: the dark one when started with {@code -Dstagecraft.theme=dark}. */
  public static Theme initial() {
    return "dark".equals(System.getProperty("stagecraft.theme")) ? DARK : LIGHT;
  }

  /**
   * Makes this theme the whole application's look. Called before the first control is made, it also
   * spares JavaFX loading its default stylesheet (Modena) only for this one to replace it, which
   * costs a cold start a tenth of a second.
   */
  public Theme install() {
    Application.setUserAgentStylesheet(
        Theme.class.getResource(userAgentStylesheet).toExternalForm());
    return this;
  }

  /**
   * Applies this theme to the whole application and marks {@code root} for Stagecraft's colours.
   */
  public void apply(Parent root) {
    install();
    mark(root);
  }

  /** Marks {@code root} for Stagecraft's colours in this theme. */
  public void mark(Parent root) {
    root.getStyleClass().remove("dark");
    if (this == DARK) {
      root.getStyleClass().add("dark");
    }
  }

  public Theme other() {
    return this == DARK ? LIGHT : DARK;
  }
}
