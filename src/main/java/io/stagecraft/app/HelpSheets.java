package io.stagecraft.app;

import io.stagecraft.ui.dialog.DialogFit;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Help → Keyboard Shortcuts (F1) and the short user guide, each a scrolling sheet. */
final class HelpSheets {
  static final String SHORTCUTS =
      String.join(
          "\n",
          "Files",
          "  Ctrl+N  new             Ctrl+O  open Dockerfile      Ctrl+Shift+O  open project",
          "  Ctrl+S  save            Ctrl+Shift+S  save as        Ctrl+E  export Dockerfile",
          "  Ctrl+Shift+P / Ctrl+Shift+E  export the diagram as PNG / SVG",
          "",
          "Editing (both panes share one history)",
          "  Ctrl+Z / Ctrl+Shift+Z  undo / redo",
          "  Ctrl+X / Ctrl+C / Ctrl+V / Ctrl+A  cut, copy, paste, select all in the code",
          "  F2  rename the selected stage       Delete  delete the selected box or arrow",
          "",
          "Stages",
          "  Ctrl+B / Ctrl+R  add a builder / runtime stage",
          "  Ctrl+Shift+T  split the stage at the caret    Ctrl+Shift+L  slim it",
          "  Ctrl+L  reset the layout",
          "",
          "On the canvas",
          "  Tab / Shift+Tab, arrow keys  move the focus ring between boxes and arrows",
          "  Enter  go to the stage's text    F2  rename    Delete  delete (asks if referenced)",
          "  Menu key or Shift+F10  the box's menu          Alt+arrows  move the box",
          "  Shift+arrows  pan                              + / - / 0  zoom in / out / fit",
          "",
          "Code",
          "  Ctrl+Space  complete    F12 / Ctrl+click  go to definition    Shift+F12  references",
          "  Ctrl+F / Ctrl+H  find / replace    F3 / Shift+F3  next / previous match",
          "  Ctrl+G  go to line      Ctrl+/  toggle comment     Ctrl+Alt+L  format",
          "  Ctrl+Shift+[ / Ctrl+Shift+]  fold / unfold the stage at the caret",
          "",
          "Problems",
          "  Alt+Enter  quick fixes at the caret   F8 / Shift+F8  next / previous problem",
          "  Alt+6  show or hide the Problems panel",
          "",
          "Moving around",
          "  F6 or Ctrl+Tab  next pane (canvas, code, build panel); with Shift, the one before",
          "  Ctrl+J  show or hide the build panel",
          "  Alt+letter  open a menu (File, Edit, Stage, Code, View, Help)",
          "",
          "View",
          "  Ctrl+= / Ctrl+- / Ctrl+0  zoom in / out / fit     Ctrl+Shift+D  dark theme",
          "  F1  this sheet");

  static final String GUIDE =
      String.join(
          "\n",
          "Stagecraft in five steps",
          "",
          "1. Open a Dockerfile (Ctrl+O), or start from the sample (File > Open Sample Project).",
          "   The text is the truth: the canvas on the left is drawn from it and every gesture",
          "   on the canvas is an edit of the text, undone with Ctrl+Z like typing.",
          "",
          "2. Shape the stages. Add a builder or runtime stage (Ctrl+B, Ctrl+R), drag a box's",
          "   right handle onto a later stage to copy files from it, rename a stage with F2.",
          "",
          "3. Slim it (Ctrl+Shift+L) turns a single-stage Dockerfile into a builder and a minimal",
          "   runtime. Review the diff and the notes, then Apply, or Apply and verify.",
          "",
          "4. Build and compare. Unfold the build panel (Ctrl+J). Variant A is the original, or",
          "   the Dockerfile as saved on disk; B is the design in the editor. Build both shows",
          "   the sizes, what each image contains and each layer's line; Run both compares",
          "   their output.",
          "",
          "5. Save (Ctrl+S). A project (*.stagecraft) keeps the text, the original, the box",
          "   positions and the build settings together.");

  private HelpSheets() {}

  static void show(Window owner, String title, String text) {
    Alert sheet = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
    sheet.initOwner(owner);
    sheet.setTitle(title);
    sheet.setHeaderText(title);
    TextArea body = new TextArea(text);
    body.setEditable(false);
    body.setId("help-sheet");
    body.getStyleClass().add("help-sheet");
    body.setPrefColumnCount(84);
    body.setPrefRowCount(Math.min(28, (int) text.lines().count() + 1));
    sheet.getDialogPane().setContent(body);
    sheet.setResizable(true);
    DialogFit.fit(sheet);
    sheet.show();
  }
}
