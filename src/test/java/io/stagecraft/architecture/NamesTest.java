package io.stagecraft.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A class's simple name says which class it is: no two of Stagecraft's top-level classes share one,
 * and none takes the name of a JDK class its readers import every day.
 */
class NamesTest {
  /** The JDK packages every reader knows by heart, whether the code uses a class of them or not. */
  private static final List<String> JDK_PACKAGES = List.of("java.lang", "java.io", "java.nio.file");

  private static JavaClasses imported;

  @BeforeAll
  static void importClasses() {
    imported =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.stagecraft");
  }

  @Test
  void topLevelClassesHaveUniqueSimpleNames() {
    Map<String, TreeSet<String>> byName =
        imported.stream()
            .filter(JavaClass::isTopLevelClass)
            .collect(
                Collectors.groupingBy(
                    JavaClass::getSimpleName,
                    TreeMap::new,
                    Collectors.mapping(JavaClass::getName, Collectors.toCollection(TreeSet::new))));
    Map<String, TreeSet<String>> shared = new TreeMap<>(byName);
    shared.values().removeIf(names -> names.size() < 2);
    assertEquals(Map.of(), shared);
  }

  @Test
  void noTopLevelClassShadowsAJdkClassItsReadersKnow() {
    Map<String, String> usedJdkClasses = new TreeMap<>();
    for (JavaClass c : imported) {
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass();
        if (target.getPackageName().startsWith("java.") && target.isTopLevelClass()) {
          usedJdkClasses.put(target.getSimpleName(), target.getName());
        }
      }
    }
    TreeSet<String> shadowing = new TreeSet<>();
    for (JavaClass c : imported) {
      if (!c.isTopLevelClass()) {
        continue;
      }
      String name = c.getSimpleName();
      if (usedJdkClasses.containsKey(name)) {
        shadowing.add(
            c.getName() + " shadows " + usedJdkClasses.get(name) + ", which the code uses");
      }
      for (String pkg : JDK_PACKAGES) {
        if (jdkHas(pkg + "." + name)) {
          shadowing.add(c.getName() + " shadows " + pkg + "." + name);
        }
      }
    }
    assertEquals(new TreeSet<>(), shadowing);
  }

  private static boolean jdkHas(String name) {
    try {
      Class.forName(name, false, ClassLoader.getPlatformClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
