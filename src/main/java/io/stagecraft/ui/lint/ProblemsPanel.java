package io.stagecraft.ui.lint;

import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.ui.code.CodePane;
import io.stagecraft.ui.derive.DerivationPipeline;
import io.stagecraft.ui.model.EditorModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The problems of the current revision, the parser's and lint's, in a table: sortable by each
 * column, filtered by severity and rule. A double-click (or Enter) goes to a problem in the code;
 * F8 and Shift+F8 go to the next and previous one, in the code pane too. A row's menu turns its
 * rule off or changes its severity for the project.
 */
public final class ProblemsPanel extends VBox {
  public static final String ALL_SEVERITIES = "All severities";
  public static final String ALL_RULES = "All rules";

  private final CodePane codePane;
  private final Supplier<Map<String, LintSeverity>> chosen;
  private final Consumer<Map<String, LintSeverity>> choose;
  private final ShownProblems shown = new ShownProblems();
  private final FilteredList<ShownProblems.Row> filtered = new FilteredList<>(shown.rows());
  private final TableView<ShownProblems.Row> table = new TableView<>();
  private final ComboBox<String> severityFilter = new ComboBox<>();
  private final ComboBox<String> ruleFilter = new ComboBox<>();
  private final Label summary = new Label();
  private final MenuButton ruleSettings = new MenuButton();
  private final ProblemsHeader header;

  /**
   * @param chosen the severities chosen in the project, by rule id
   * @param choose replaces them (the project saves them)
   */
  public ProblemsPanel(
      EditorModel model,
      CodePane codePane,
      Supplier<Map<String, LintSeverity>> chosen,
      Consumer<Map<String, LintSeverity>> choose) {
    this.codePane = codePane;
    this.chosen = chosen;
    this.choose = choose;
    getStyleClass().add("problems-panel");
    setId("problems-panel");
    severityFilter.getItems().add(ALL_SEVERITIES);
    for (LintSeverity s : LintSeverity.values()) {
      if (s != LintSeverity.OFF) {
        severityFilter.getItems().add(s.label());
      }
    }
    severityFilter.setValue(ALL_SEVERITIES);
    ruleFilter.getItems().add(ALL_RULES);
    ruleFilter.setValue(ALL_RULES);
    severityFilter.valueProperty().addListener((obs, was, now) -> refilter());
    ruleFilter.valueProperty().addListener((obs, was, now) -> refilter());
    Label title = new Label("PROBLEMS");
    title.getStyleClass().add("pane-title");
    summary.getStyleClass().add("problems-summary");
    ruleSettings.setText("Rules");
    ruleSettings.setOnShowing(e -> fillRuleSettings());
    header = new ProblemsHeader(title, summary, List.of(severityFilter, ruleFilter, ruleSettings));
    setUpTable();
    getChildren().addAll(header, table);
    VBox.setVgrow(table, Priority.ALWAYS);
    model.parsedProperty().addListener((obs, was, parsed) -> show(model.currentParse()));
    codePane.area().addEventFilter(KeyEvent.KEY_PRESSED, this::navigationKey);
    table.addEventFilter(KeyEvent.KEY_PRESSED, this::navigationKey);
    show(model.currentParse());
  }

  private void setUpTable() {
    // Each cell follows what its row shows, so a row whose problem changed redraws its own cells.
    TableColumn<ShownProblems.Row, LintSeverity> severity = new TableColumn<>("Severity");
    severity.setCellValueFactory(c -> c.getValue().shownProperty().map(ProblemRow::severity));
    severity.setCellFactory(c -> new SeverityCell());
    severity.setPrefWidth(72);
    TableColumn<ShownProblems.Row, String> rule = new TableColumn<>("Rule");
    rule.setCellValueFactory(c -> c.getValue().shownProperty().map(ProblemRow::rule));
    rule.setPrefWidth(150);
    TableColumn<ShownProblems.Row, Integer> line = new TableColumn<>("Line");
    line.setCellValueFactory(c -> c.getValue().shownProperty().map(ProblemRow::line));
    line.setPrefWidth(48);
    TableColumn<ShownProblems.Row, String> message = new TableColumn<>("Message");
    message.setCellValueFactory(c -> c.getValue().shownProperty().map(ProblemRow::message));
    message.setPrefWidth(700);
    table.getColumns().setAll(List.of(severity, rule, line, message));
    SortedList<ShownProblems.Row> sorted = new SortedList<>(filtered);
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table.setPlaceholder(new Label("No problems"));
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    table.setRowFactory(t -> row());
    table.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
            e.consume();
            go(table.getSelectionModel().getSelectedItem().problem());
          }
        });
  }

  private TableRow<ShownProblems.Row> row() {
    TableRow<ShownProblems.Row> row = new TableRow<>();
    row.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
            go(row.getItem().problem());
          }
        });
    // Made when asked for: a menu made for each row whenever its item changed cost more of the
    // JavaFX thread, while typing, than anything else in the window.
    // A filter, so the menu is there before the row's own handler looks for it.
    row.addEventFilter(
        ContextMenuEvent.CONTEXT_MENU_REQUESTED,
        e -> {
          ProblemRow item = row.isEmpty() ? null : row.getItem().problem();
          row.setContextMenu(item != null && item.lint() ? ruleMenu(item.rule()) : null);
        });
    return row;
  }

  /** Turn a rule off, or give it another severity, in this project. */
  private ContextMenu ruleMenu(String rule) {
    MenuItem off = new MenuItem("Turn Off " + rule + " in This Project");
    off.setMnemonicParsing(false);
    off.setOnAction(e -> setSeverity(rule, LintSeverity.OFF));
    Menu severity = new Menu("Severity of " + rule);
    severity.setMnemonicParsing(false);
    for (LintSeverity s : LintSeverity.values()) {
      if (s != LintSeverity.OFF) {
        MenuItem item = new MenuItem(s.label());
        item.setOnAction(e -> setSeverity(rule, s));
        severity.getItems().add(item);
      }
    }
    MenuItem reset = new MenuItem("Reset " + rule + " to Its Default");
    reset.setMnemonicParsing(false);
    reset.setOnAction(e -> setSeverity(rule, null));
    return new ContextMenu(off, severity, reset);
  }

  /** Chooses {@code severity} for {@code rule} in the project; null returns it to its default. */
  public void setSeverity(String rule, LintSeverity severity) {
    Map<String, LintSeverity> next = new LinkedHashMap<>(chosen.get());
    if (severity == null) {
      next.remove(rule);
    } else {
      next.put(rule, severity);
    }
    choose.accept(next);
  }

  /** The rules whose severity the project changed, each with a way back to its default. */
  private void fillRuleSettings() {
    ruleSettings.getItems().clear();
    new java.util.TreeMap<>(chosen.get())
        .forEach(
            (rule, severity) -> {
              MenuItem reset =
                  new MenuItem(rule + ": " + severity.label() + " \u2014 reset to default");
              reset.setMnemonicParsing(false);
              reset.setOnAction(e -> setSeverity(rule, null));
              ruleSettings.getItems().add(reset);
            });
    if (ruleSettings.getItems().isEmpty()) {
      MenuItem none =
          new MenuItem("Every rule has its default. Right-click a problem to change its rule.");
      none.setDisable(true);
      ruleSettings.getItems().add(none);
    }
  }

  private void show(DerivationPipeline.Parsed parsed) {
    if (parsed == null) {
      return;
    }
    List<ProblemRow> next = new ArrayList<>();
    parsed.graph().diagnostics().forEach(d -> next.add(ProblemRow.of(d)));
    parsed.lint().problems().forEach(p -> next.add(ProblemRow.of(p)));
    next.sort(Comparator.comparingInt((ProblemRow r) -> r.range().start()));
    if (!shown.show(next)) {
      return;
    }
    TreeSet<String> ids = new TreeSet<>();
    next.forEach(r -> ids.add(r.rule()));
    String keep = ruleFilter.getValue();
    List<String> choices = new ArrayList<>();
    choices.add(ALL_RULES);
    choices.addAll(ids);
    if (!choices.equals(ruleFilter.getItems())) {
      ruleFilter.getItems().setAll(choices);
      ruleFilter.setValue(choices.contains(keep) ? keep : ALL_RULES);
    }
    summarize(next);
  }

  private void summarize(List<ProblemRow> all) {
    summary.setText(SeverityCounts.summary(all.stream().map(ProblemRow::severity).toList()));
  }

  /** The problems shown, in the order of the text; for tests. */
  public List<ProblemRow> problems() {
    return shown.rows().stream().map(ShownProblems.Row::problem).toList();
  }

  /** The counts by severity beside the title, for tests. */
  public String summary() {
    return summary.getText();
  }

  private void refilter() {
    String severity = severityFilter.getValue();
    String rule = ruleFilter.getValue();
    filtered.setPredicate(
        r ->
            (severity == null
                    || ALL_SEVERITIES.equals(severity)
                    || r.severity().label().equals(severity))
                && (rule == null || ALL_RULES.equals(rule) || r.rule().equals(rule)));
  }

  private void navigationKey(KeyEvent e) {
    if (e.getCode() == KeyCode.F8 && !e.isControlDown() && !e.isAltDown()) {
      e.consume();
      next(!e.isShiftDown());
    }
  }

  /**
   * Goes to the next problem after the caret (or the previous one before it), in the order of the
   * text, among those the filters show; past the last it starts over at the first.
   */
  public void next(boolean forward) {
    List<ProblemRow> shown =
        filtered.stream()
            .map(ShownProblems.Row::problem)
            .sorted(Comparator.comparingInt((ProblemRow r) -> r.range().start()))
            .toList();
    if (shown.isEmpty()) {
      return;
    }
    int caret = codePane.area().getCaretPosition();
    ProblemRow target = null;
    if (forward) {
      target = shown.stream().filter(r -> r.range().start() > caret).findFirst().orElse(null);
      target = target == null ? shown.get(0) : target;
    } else {
      for (ProblemRow r : shown) {
        if (r.range().start() < caret) {
          target = r;
        }
      }
      target = target == null ? shown.get(shown.size() - 1) : target;
    }
    go(target);
  }

  /** Puts the caret at the start of a problem in the code pane and selects its row. */
  public void go(ProblemRow row) {
    int length = codePane.area().getLength();
    codePane.area().moveTo(Math.min(row.range().start(), length));
    codePane.area().requestFollowCaret();
    codePane.area().requestFocus();
    for (ShownProblems.Row r : table.getItems()) {
      if (r.problem() == row) {
        table.getSelectionModel().select(r);
        table.scrollTo(r);
        return;
      }
    }
  }

  /** The table, for tests. */
  public TableView<ShownProblems.Row> table() {
    return table;
  }

  public ComboBox<String> severityFilter() {
    return severityFilter;
  }

  public ComboBox<String> ruleFilter() {
    return ruleFilter;
  }

  /** The rules' menu beside the filters. */
  public MenuButton ruleSettings() {
    return ruleSettings;
  }

  /** Whether the filters share the title's row (they move below it where the panel is narrow). */
  public boolean headerIsOneRow() {
    return header.isOneRow();
  }

  /**
   * A severity as a coloured word. The table updates every visible cell whenever its rows change;
   * the style class changes only with the severity, since each change restyles the cell.
   */
  private static final class SeverityCell
      extends javafx.scene.control.TableCell<ShownProblems.Row, LintSeverity> {
    private String styleClass;

    @Override
    protected void updateItem(LintSeverity item, boolean empty) {
      super.updateItem(item, empty);
      boolean none = empty || item == null;
      setText(none ? null : item.label());
      String wanted = none ? null : "severity-" + item.label();
      if (!java.util.Objects.equals(wanted, styleClass)) {
        if (styleClass != null) {
          getStyleClass().remove(styleClass);
        }
        if (wanted != null) {
          getStyleClass().add(wanted);
        }
        styleClass = wanted;
      }
    }
  }
}
