package io.stagecraft.core.build;

import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Maps an image's history back to the instructions of the stage it was built as.
 *
 * <p>The newest history entries belong to the target stage's last instructions. Walking both
 * backwards, each entry is matched to the nearest earlier instruction of the same keyword; what is
 * left when the FROM is reached came with the base image.
 */
public final class LayerMapper {

  /** One entry of {@code GET /images/{id}/history}. */
  public record HistoryEntry(String createdBy, long sizeBytes) {}

  private static final String CLASSIC_METADATA = "/bin/sh -c #(nop)";

  private LayerMapper() {}

  /**
   * @param newestFirst the history as the engine returns it
   * @param locator the Dockerfile and target the image was built from, or null when unknown
   * @return the layers, oldest first
   */
  public static List<ImageLayer> map(List<HistoryEntry> newestFirst, StepLocator locator) {
    Stage stage = locator == null ? null : locator.targetStage();
    List<Instruction> instructions = stage == null ? List.of() : stage.instructions();
    int fromLine = stage == null ? 0 : stage.line();
    int next = instructions.size() - 1;
    boolean inBase = stage == null;
    List<ImageLayer> layers = new ArrayList<>();
    boolean matchedAny = false;
    for (HistoryEntry entry : newestFirst) {
      int line = 0;
      if (!inBase) {
        String keyword = keywordOf(entry.createdBy());
        int match = keyword == null ? -1 : findBackwards(instructions, keyword, next);
        if (match >= 1) {
          line = instructions.get(match).line();
          next = match - 1;
          matchedAny = true;
        } else if (!matchedAny && "LABEL".equals(keyword)) {
          // The classic builder records each label of the build as a LABEL step of its own, last.
          layers.add(new ImageLayer(entry.createdBy(), entry.sizeBytes(), 0, false));
          continue;
        } else {
          inBase = true;
        }
      }
      layers.add(
          new ImageLayer(entry.createdBy(), entry.sizeBytes(), inBase ? fromLine : line, inBase));
    }
    Collections.reverse(layers);
    return layers;
  }

  /**
   * Index of the last instruction at or before {@code from} (never the FROM) named {@code keyword},
   * or -1.
   */
  private static int findBackwards(List<Instruction> instructions, String keyword, int from) {
    for (int i = from; i >= 1; i--) {
      if (instructions.get(i).name().equals(keyword)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The instruction keyword a history entry came from: the classic builder writes {@code /bin/sh -c
   * #(nop) CMD ...} for metadata and the bare command for RUN; BuildKit writes the instruction.
   */
  static String keywordOf(String createdBy) {
    String text = createdBy == null ? "" : createdBy.strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.startsWith(CLASSIC_METADATA)) {
      String rest = text.substring(CLASSIC_METADATA.length()).strip();
      String word = firstWord(rest);
      return isKeyword(word) ? word : null;
    }
    String word = firstWord(text);
    return isKeyword(word) ? word : "RUN";
  }

  private static String firstWord(String text) {
    int space = text.indexOf(' ');
    return (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
  }

  private static boolean isKeyword(String word) {
    for (Keyword k : Keyword.values()) {
      if (k.name().equals(word)) {
        return true;
      }
    }
    return false;
  }
}
