package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.ui.code.CodePane;
import io.stagecraft.ui.code.CodePreview;
import io.stagecraft.ui.concurrent.SameThreadBackgroundWork;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app makes its first frame lean and completes the window after it: until then a
 * preview shows the text, highlighted, and the code pane that replaces it picks up the document,
 * its styling and edits; the menus get their items and shortcuts, and the toolbar its tooltips.
 */
@ExtendWith(ApplicationExtension.class)
class CodePaneLaterTest {
  private final Preferences recentNode =
      Preferences.userRoot().node("io/stagecraft/test/" + UUID.randomUUID());
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window =
        new MainWindow(
            stage,
            new SameThreadBackgroundWork(),
            new ScriptedPrompts(),
            new RecentFiles(recentNode),
            true);
    window.files().openSample();
    stage.show();
  }

  @AfterEach
  void tearDown() throws BackingStoreException {
    recentNode.removeNode();
  }

  @Test
  void thePreviewShowsTheTextHighlightedUntilTheCodePaneReplacesIt() {
    String sample = SampleProject.design();
    assertEquals(sample, fx(() -> previewText()));
    assertTrue(
        fx(
            () ->
                window.stage().getScene().getRoot().lookupAll(".code-preview .keyword").size() > 0),
        "keywords carry the code pane's style class");
    assertFalse(
        fx(() -> window.stage().getScene().getRoot().lookup(".code-pane") instanceof CodePane));

    fx(
        () -> {
          window.complete();
          return null;
        });
    CodePane pane = fx(() -> window.codePane());
    assertEquals(sample, fx(() -> pane.area().getText()));
    assertTrue(fx(() -> pane.area().getStyleOfChar(0)).contains("comment"), "styled on arrival");
    assertTrue(fx(() -> window.stage().getScene().getRoot().lookupAll(".code-preview").isEmpty()));
    assertEquals(
        0, fx(() -> pane.area().firstVisibleParToAllParIndex()), "it opens at the first line");
    assertEquals(1, fx(() -> pane.caretLine()));

    fx(
        () -> {
          window.model().apply(DocumentEdit.of("Insert", new TextEdit(0, 0, "# top\n")));
          return null;
        });
    assertEquals(
        "# top\n" + sample, fx(() -> pane.area().getText()), "edits reach the code pane made late");
  }

  @Test
  void theMenusHaveTheirTitlesAtOnceAndTheirItemsOnceTheWindowIsCompleted() {
    MenuBar bar = fx(() -> (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar"));
    assertEquals(
        List.of("_File", "_Edit", "_Stage", "_Code", "_View", "_Help"),
        fx(() -> bar.getMenus().stream().map(Menu::getText).toList()));
    assertTrue(fx(() -> bar.getMenus().stream().allMatch(m -> m.getItems().isEmpty())));
    Button save = fx(() -> toolbarButton("Save (Ctrl+S)"));
    assertEquals(null, save, "no tooltips yet");

    fx(
        () -> {
          window.complete();
          window.complete();
          return null;
        });
    assertEquals(
        List.of(
            "_New",
            "_Open Dockerfile\u2026",
            "Open _Project\u2026",
            "Open _Recent",
            "Open _Sample Project"),
        fx(
            () ->
                bar.getMenus().get(0).getItems().stream().limit(5).map(MenuItem::getText).toList()),
        "completed once, however often asked");
    assertEquals(
        KeyCombination.keyCombination("Shortcut+S"),
        fx(
            () ->
                bar.getMenus().get(0).getItems().stream()
                    .filter(i -> "_Save".equals(i.getText()))
                    .findFirst()
                    .orElseThrow()
                    .getAccelerator()));
    assertTrue(fx(() -> toolbarButton("Save (Ctrl+S)")) != null, "the toolbar's tooltips are set");
    assertFalse(fx(() -> window.stage().getIcons().isEmpty()), "the window has its icon");
  }

  /** The toolbar button whose tooltip reads {@code text}, or null. */
  private Button toolbarButton(String text) {
    return window.stage().getScene().getRoot().lookupAll(".tool-bar .button").stream()
        .map(Button.class::cast)
        .filter(b -> b.getTooltip() != null && text.equals(b.getTooltip().getText()))
        .findFirst()
        .orElse(null);
  }

  @Test
  void thePreviewFollowsADocumentOpenedBeforeTheCodePaneIsMade() {
    fx(
        () -> {
          window.model().load(new Document("FROM alpine\n"), Map.of(), Set.of());
          return null;
        });
    assertEquals("FROM alpine\n", fx(() -> previewText()));
  }

  /** The preview's lines joined with newlines, as the document's text would be. */
  private String previewText() {
    CodePreview preview = (CodePreview) window.stage().getScene().getRoot().lookup(".code-preview");
    List<String> lines =
        preview.lookupAll(".preview-line").stream()
            .map(
                flow ->
                    ((TextFlow) flow)
                        .getChildren().stream()
                            .map(n -> ((Text) n).getText())
                            .collect(Collectors.joining()))
            .toList();
    return String.join("\n", lines);
  }

  private static <T> T fx(Callable<T> call) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(5000, call);
  }
}
