package io.stagecraft.app;

import io.stagecraft.ui.concurrent.SameThreadBackgroundWork;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/**
 * A main window wired for tests: work on the calling thread, scripted prompts, private recent
 * files.
 */
final class AppFixture {
  final ScriptedPrompts prompts = new ScriptedPrompts();
  final Preferences recentNode =
      Preferences.userRoot().node("io/stagecraft/test/" + UUID.randomUUID());
  final MainWindow window;

  AppFixture(Stage stage) {
    window =
        new MainWindow(stage, new SameThreadBackgroundWork(), prompts, new RecentFiles(recentNode));
    window.files().openSample();
    stage.show();
  }

  void dispose() {
    try {
      recentNode.removeNode();
    } catch (BackingStoreException e) {
      // Test preferences are scratch data.
    }
  }
}
