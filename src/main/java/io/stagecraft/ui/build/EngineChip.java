package io.stagecraft.ui.build;

import io.stagecraft.ui.Icon;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** Shows which engine builds run on, or that there is none and what to do. */
public final class EngineChip extends Label {
  private final Tooltip tooltip = new Tooltip();

  public EngineChip(BuildPanelModel model) {
    setId("engine-chip");
    getStyleClass().add("engine-chip");
    setGraphic(Icon.DOCKER.node(14));
    setTooltip(tooltip);
    model.engineProperty().addListener((o, was, now) -> refresh(model));
    model.checkingProperty().addListener((o, was, now) -> refresh(model));
    refresh(model);
  }

  private void refresh(BuildPanelModel model) {
    getStyleClass().removeAll("engine-ok", "engine-missing", "engine-checking");
    EngineCheck check = model.engineProperty().get();
    if (model.checkingProperty().get() || check == null) {
      setText("Looking for a Docker engine\u2026");
      tooltip.setText("Looking for a Docker engine");
      getStyleClass().add("engine-checking");
    } else {
      setText(check.chipText());
      tooltip.setText(check.details());
      getStyleClass().add(check.isConnected() ? "engine-ok" : "engine-missing");
    }
  }
}
