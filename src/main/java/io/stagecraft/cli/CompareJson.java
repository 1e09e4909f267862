package io.stagecraft.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stagecraft.core.build.AttackSurface;
import io.stagecraft.core.build.ImageLayer;
import io.stagecraft.core.build.ImageReport;
import io.stagecraft.core.build.RunResult;
import io.stagecraft.core.build.Sizes;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON document of {@code stagecraft compare --json}. */
final class CompareJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CompareJson() {}

  static String of(List<VariantOutcome> outcomes) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode variants = root.putArray("variants");
    for (VariantOutcome o : outcomes) {
      variants.add(variant(o));
    }
    root.put(
        "ratio",
        Sizes.ratio(outcomes.get(0).image().sizeBytes(), outcomes.get(1).image().sizeBytes()));
    if (outcomes.stream().allMatch(o -> o.run() != null)) {
      root.put("runsMatch", outcomes.get(0).run().sameOutcomeAs(outcomes.get(1).run()));
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode variant(VariantOutcome o) {
    ImageReport image = o.image();
    AttackSurface surface = image.surface();
    ObjectNode v = JSON.createObjectNode();
    v.put("label", o.spec().label());
    v.put("dockerfile", o.spec().dockerfile().toString());
    v.put("target", o.spec().target());
    v.put("imageId", image.imageId());
    v.put("sizeBytes", image.sizeBytes());
    v.put("layers", image.filesystemLayers());
    v.put("buildSeconds", Math.round(o.build().duration().toMillis() / 10.0) / 100.0);
    v.put("shell", surface.hasShell());
    v.put(
        "packageManager",
        surface.packageManagers().isEmpty() ? null : surface.packageManagers().get(0));
    ArrayNode managers = v.putArray("packageManagers");
    surface.packageManagers().forEach(managers::add);
    v.put("user", image.user());
    v.put("files", surface.fileCount());
    v.put("fileBytes", surface.fileBytes());
    ObjectNode dirs = v.putObject("directories");
    surface
        .directories()
        .forEach(
            (dir, usage) ->
                dirs.putObject(dir).put("files", usage.files()).put("bytes", usage.bytes()));
    ArrayNode history = v.putArray("history");
    for (ImageLayer layer : image.layers()) {
      ObjectNode l = history.addObject();
      l.put("createdBy", layer.createdBy());
      l.put("sizeBytes", layer.sizeBytes());
      if (layer.line() > 0) {
        l.put("line", layer.line());
      }
      l.put("fromBase", layer.fromBase());
    }
    if (o.run() != null) {
      RunResult r = o.run();
      v.putObject("run")
          .put("exitCode", r.exitCode())
          .put("timedOut", r.timedOut())
          .put("stdout", r.stdout())
          .put("stderr", r.stderr());
    }
    return v;
  }
}
