package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.ui.lint.ProblemsPanel;
import io.stagecraft.ui.lint.ShownProblems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Lint in the window: squiggles, Alt+Enter, the Problems panel and rule settings, with keys. */
@ExtendWith(ApplicationExtension.class)
class LintInTheAppTest {
  /** Clean under every rule: pinned, non-root, JSON CMD. */
  private static final String CLEAN =
      "FROM alpine:3.19\n" + "USER 65532:65532\n" + "CMD [\"sh\", \"-c\", \"echo hi\"]\n";

  private AppFixture app;
  @TempDir Path tmp;

  @Start
  void start(javafx.stage.Stage stage) {
    app = new AppFixture(stage);
  }

  @AfterEach
  void tearDown() {
    app.dispose();
  }

  @Test
  void aTypedProblemIsUnderlinedByItsSeverityAndTheHoverNamesItsRule(FxRobot robot)
      throws Exception {
    app.open(tmp, CLEAN);
    assertEquals(List.of(), rules());
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(CLEAN.indexOf("USER")));
    robot.write("MAINTAINER me\n");
    int at = CLEAN.indexOf("USER") + 3;
    assertTrue(fx(() -> app.area().getStyleOfChar(at)).contains("diagnostic-warning"));
    assertFalse(fx(() -> app.area().getStyleOfChar(2)).contains("diagnostic-warning"));
    String hover = fx(() -> app.window.codePane().diagnosticsAt(at));
    assertTrue(hover.contains("(MaintainerDeprecated)"), hover);
    assertTrue(hover.contains("Alt+Enter"), hover);

    // The project lowers the rule to info: the underline follows.
    fx(() -> panel().setSeverity("MaintainerDeprecated", LintSeverity.INFO));
    assertTrue(fx(() -> app.area().getStyleOfChar(at)).contains("diagnostic-info"));
    assertFalse(fx(() -> app.area().getStyleOfChar(at)).contains("diagnostic-warning"));
  }

  @Test
  void altEnterAppliesTheChosenFixAsOneUndoStep(FxRobot robot) throws Exception {
    String text = "FROM alpine:3.19\nMAINTAINER me\nUSER 65532:65532\n";
    app.open(tmp, text);
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(text.indexOf("MAINTAINER") + 2));
    robot.press(KeyCode.ALT).type(KeyCode.ENTER).release(KeyCode.ALT);
    List<String> offered =
        fx(
            () ->
                app.window.lint().fixes().popup().getItems().stream()
                    .map(MenuItem::getText)
                    .toList());
    assertTrue(offered.get(0).startsWith("Replace with LABEL"), offered.toString());
    assertTrue(
        offered.stream().anyMatch(t -> t.startsWith("Fix all safe problems")), offered.toString());
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
    String fixed = app.text();
    assertFalse(fixed.contains("MAINTAINER"), fixed);
    assertTrue(fixed.contains("LABEL org.opencontainers.image.authors="), fixed);
    assertFalse(rules().contains("MaintainerDeprecated"));
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    assertEquals(text, app.text());
  }

  @Test
  void fixAllSafeProblemsIsOneEdit(FxRobot robot) throws Exception {
    String text = "from alpine:3.19\nMAINTAINER me\nUSER 65532:65532\nCMD echo hi\n";
    app.open(tmp, text);
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(2));
    robot.press(KeyCode.ALT).type(KeyCode.ENTER).release(KeyCode.ALT);
    List<String> offered =
        fx(
            () ->
                app.window.lint().fixes().popup().getItems().stream()
                    .map(MenuItem::getText)
                    .toList());
    int fixAll = offered.indexOf("Fix all safe problems in the file (3)");
    assertTrue(fixAll >= 0, offered.toString());
    robot.clickOn("Fix all safe problems in the file (3)");
    assertEquals(
        "FROM alpine:3.19\n"
            + "LABEL org.opencontainers.image.authors=\"me\"\n"
            + "USER 65532:65532\n"
            + "CMD [\"echo\", \"hi\"]\n",
        app.text());
    assertEquals(List.of(), rules());
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    assertEquals(text, app.text());
  }

  @Test
  void typingThatLeavesTheProblemsLookingTheSameLeavesTheTableAlone(FxRobot robot)
      throws Exception {
    String text = "FROM alpine:latest\n# notes\nMAINTAINER me\nUSER 65532:65532\n";
    app.open(tmp, text);
    List<Node> rowNodes = fx(() -> List.copyOf(panel().table().lookupAll(".table-row-cell")));
    List<ShownProblems.Row> items = fx(() -> List.copyOf(panel().table().getItems()));
    List<String> changes = new java.util.ArrayList<>();
    fx(
        () ->
            panel()
                .table()
                .getItems()
                .addListener(
                    (javafx.collections.ListChangeListener<ShownProblems.Row>)
                        c -> changes.add(c.toString())));
    // Nor is the status bar's count restyled.
    fx(
        () ->
            app.window
                .stage()
                .getScene()
                .getRoot()
                .lookup(".status-bar .problems")
                .getStyleClass()
                .addListener(
                    (javafx.collections.ListChangeListener<String>)
                        c -> changes.add("status bar " + c)));

    // Typed into the comment: every problem below moves along the text, none changes its line.
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(text.indexOf("# notes") + 7));
    robot.write("abc");
    assertEquals(text.replace("# notes", "# notesabc"), app.text());

    assertEquals(List.of(), changes, "neither the table's items nor the status bar are touched");
    assertEquals(items, fx(() -> List.copyOf(panel().table().getItems())));
    assertEquals(
        rowNodes,
        fx(() -> List.copyOf(panel().table().lookupAll(".table-row-cell"))),
        "no row was made again");
    // The rows know the problems' new offsets: F8 goes to where MAINTAINER is now.
    robot.interact(() -> app.area().moveTo(text.indexOf("# notes")));
    robot.type(KeyCode.F8);
    assertEquals(app.text().indexOf("MAINTAINER"), (int) fx(() -> app.area().getCaretPosition()));
  }

  @Test
  void theProblemsPanelFiltersAndF8MovesBetweenProblems(FxRobot robot) throws Exception {
    String text =
        "FROM alpine:latest\n"
            + "RUN apt-get update && apt-get install -y curl\n"
            + "MAINTAINER me\n"
            + "USER 65532:65532\n";
    app.open(tmp, text);
    List<String> rules = rules();
    assertTrue(
        rules.containsAll(List.of("DL3007", "DL3015", "MaintainerDeprecated")), rules.toString());
    robot.interact(() -> panel().severityFilter().setValue("info"));
    assertEquals(List.of("DL3009", "DL3015"), shownRules());
    robot.interact(() -> panel().severityFilter().setValue(ProblemsPanel.ALL_SEVERITIES));
    robot.interact(() -> panel().ruleFilter().setValue("MaintainerDeprecated"));
    assertEquals(List.of("MaintainerDeprecated"), shownRules());
    robot.interact(() -> panel().ruleFilter().setValue(ProblemsPanel.ALL_RULES));

    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(0));
    robot.type(KeyCode.F8);
    assertEquals(1, fx(() -> app.area().getCurrentParagraph()));
    robot.type(KeyCode.F8);
    assertEquals(2, fx(() -> app.area().getCurrentParagraph()));
    robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
    assertEquals(1, fx(() -> app.area().getCurrentParagraph()));
    // Past the last problem F8 starts over at the first.
    robot.type(KeyCode.F8).type(KeyCode.F8);
    assertEquals(0, fx(() -> app.area().getCurrentParagraph()));

    // Sorting by line descending puts the MAINTAINER line first; a double-click goes there.
    robot.interact(
        () -> {
          var line = panel().table().getColumns().get(2);
          line.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
          panel().table().getSortOrder().setAll(List.of(line));
        });
    assertEquals(3, (int) fx(() -> panel().table().getItems().get(0).line()));
    robot.doubleClickOn(firstRow(), MouseButton.PRIMARY);
    assertEquals(2, fx(() -> app.area().getCurrentParagraph()));
  }

  @Test
  void aRuleTurnedOffFromTheProblemsPanelIsSavedInTheProject(FxRobot robot) throws Exception {
    app.open(tmp, "FROM alpine:latest\nUSER 65532:65532\n");
    assertEquals(List.of("DL3007"), rules());
    rightClick(robot, firstRow());
    robot.clickOn("Turn Off DL3007 in This Project");
    assertEquals(List.of(), rules());
    assertEquals(
        Map.of("DL3007", LintSeverity.OFF), fx(() -> app.window.files().lintRulesProperty().get()));

    Path project = tmp.resolve("app.stagecraft");
    app.prompts.files.add(project);
    assertTrue(fx(() -> app.window.files().saveAs()));
    String saved = Files.readString(project);
    assertTrue(saved.contains("\"DL3007\" : \"off\""), saved);

    fx(() -> app.window.files().openSample());
    assertEquals(Map.of(), fx(() -> app.window.files().lintRulesProperty().get()));
    assertTrue(fx(() -> app.window.files().load(project)));
    assertEquals(
        Map.of("DL3007", LintSeverity.OFF), fx(() -> app.window.files().lintRulesProperty().get()));
    assertEquals(List.of(), rules());
  }

  @Test
  void aHadolintYamlBesideTheDockerfileApplies() throws Exception {
    Files.writeString(tmp.resolve(".hadolint.yaml"), "ignored:\n  - DL3007\n");
    app.open(tmp, "FROM alpine:latest\nUSER 65532:65532\n");
    assertEquals(List.of(), rules());
  }

  @Test
  void aStageBoxCountsItsProblemsByTheWorstSeverity() throws Exception {
    app.open(tmp, "FROM alpine:latest AS Build\nUSER 65532:65532\n");
    Label badge =
        fx(
            () ->
                (Label)
                    app.window.canvas().lookupAll(".diagnostic-badge").stream()
                        .findFirst()
                        .orElseThrow());
    assertEquals("2", fx(badge::getText));
    assertTrue(fx(() -> badge.getStyleClass().contains("warning")));
  }

  /**
   * A right-click on {@code target}: the headless platform does not turn right-clicks into context
   * menu requests as desktop platforms do, so the request is fired where the click lands.
   */
  private static void rightClick(FxRobot robot, Node target) {
    robot.rightClickOn(target);
    robot.interact(
        () -> {
          javafx.geometry.Bounds b = target.localToScreen(target.getBoundsInLocal());
          javafx.geometry.Point2D scene =
              target.localToScene(target.screenToLocal(b.getCenterX(), b.getCenterY()));
          javafx.event.Event.fireEvent(
              target,
              new javafx.scene.input.ContextMenuEvent(
                  javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                  scene.getX(),
                  scene.getY(),
                  b.getCenterX(),
                  b.getCenterY(),
                  false,
                  new javafx.scene.input.PickResult(target, scene.getX(), scene.getY())));
        });
  }

  private Node firstRow() {
    return fx(
        () ->
            panel().table().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == 0 && r.isVisible())
                .findFirst()
                .orElseThrow());
  }

  @Test
  void theSummaryCountsEachSeverityInTheRightNumber() throws Exception {
    // The sample has several warnings.
    long warnings =
        fx(
            () ->
                panel().table().getItems().stream()
                    .filter(r -> r.severity() == LintSeverity.WARNING)
                    .count());
    assertTrue(warnings > 1, "the sample has warnings: " + warnings);
    String summary = fx(() -> panel().summary());
    assertTrue(summary.contains(warnings + " warnings"), summary);
    // One warning is one: hadolint's DL4000 says the same as BuildKit's rule, so it is off.
    app.open(tmp, "FROM alpine:3.19\nMAINTAINER me\nUSER 65532:65532\nCMD [\"true\"]\n");
    fx(() -> panel().setSeverity("DL4000", LintSeverity.OFF));
    assertEquals(List.of("MaintainerDeprecated"), rules());
    assertEquals("1 warning", fx(() -> panel().summary()));
  }

  @Test
  void theHoverNamesOnlyTheProblemsThePaneShows() throws Exception {
    String text = "FROM alpine:3.19\nMAINTAINER me\nUSER 65532:65532\nCMD [\"true\"]\n";
    app.open(tmp, text);
    int at = text.indexOf("MAINTAINER") + 2;
    assertTrue(fx(() -> app.window.codePane().diagnosticsAt(at)).contains("MaintainerDeprecated"));
    fx(() -> panel().setSeverity("MaintainerDeprecated", LintSeverity.OFF));
    fx(() -> panel().setSeverity("DL4000", LintSeverity.OFF));
    assertEquals("", fx(() -> app.window.codePane().diagnosticsAt(at)));
    // The hover shares the revision's lint report, made with the project's settings, instead of
    // linting the text again with the built-in ones.
    String hover = fx(() -> app.window.codeAssist().hoverText(at));
    assertFalse(hover.contains("MaintainerDeprecated"), hover);
    assertFalse(hover.contains("DL4000"), hover);
    assertTrue(hover.contains("MAINTAINER"), hover);
  }

  @Test
  void theProblemsFollowEditsOfTheHadolintConfigurationBesideTheDockerfile(FxRobot robot)
      throws Exception {
    String text = "FROM alpine:3.19\nMAINTAINER me\nUSER 65532:65532\nCMD [\"true\"]\n";
    app.open(tmp, text);
    assertTrue(rules().contains("DL4000"), rules().toString());
    Path config = tmp.resolve(".hadolint.yaml");

    // Written while the file is open: the next revision typed is linted with it.
    Files.writeString(config, "ignored:\n  - DL4000\n");
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(app.area().getLength()));
    robot.write("# x\n");
    assertFalse(rules().contains("DL4000"), rules().toString());
    assertTrue(rules().contains("MaintainerDeprecated"), rules().toString());

    // Edited with nothing typed: the window regaining focus looks at it and lints again.
    Files.writeString(config, "ignored:\n  - DL4000\n  - MaintainerDeprecated\n");
    fx(
        () -> {
          app.window.lint().recheck();
          return null;
        });
    assertFalse(rules().contains("MaintainerDeprecated"), rules().toString());
    assertFalse(shownRules().contains("MaintainerDeprecated"), shownRules().toString());

    // Removed: every rule is back.
    Files.delete(config);
    fx(
        () -> {
          app.window.lint().recheck();
          return null;
        });
    assertTrue(rules().containsAll(List.of("DL4000", "MaintainerDeprecated")), rules().toString());
    assertTrue(shownRules().contains("DL4000"), shownRules().toString());
  }

  private List<String> rules() {
    return fx(
        () ->
            app.window.model().currentParse().lint().problems().stream()
                .map(p -> p.ruleId())
                .toList());
  }

  private List<String> shownRules() {
    return fx(() -> panel().table().getItems().stream().map(ShownProblems.Row::rule).toList());
  }

  private ProblemsPanel panel() {
    return app.window.lint().panel();
  }
}
