package io.stagecraft.core.split;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The users, groups and owned directories a builder's RUNs make ({@code groupadd -g}, {@code
 * useradd -u}, {@code adduser -u}, {@code mkdir}, {@code chown}), so a runtime without the
 * builder's {@code /etc/passwd} can be given the same numeric owners.
 */
final class BuilderUsers {

  /** A directory the builder gave to a user other than root. */
  record OwnedDirectory(String path, String owner, int line) {}

  private final Map<String, String> uids = new LinkedHashMap<>();
  private final Map<String, String> gids = new LinkedHashMap<>();
  private final Map<String, String> primaryGroups = new LinkedHashMap<>();
  private final List<OwnedDirectory> owned = new ArrayList<>();

  private BuilderUsers() {}

  static BuilderUsers of(BuildScan scan) {
    BuilderUsers users = new BuilderUsers();
    scan.commands().forEach(users::read);
    return users;
  }

  private void read(CommandContext c) {
    String last = c.argv().isEmpty() ? null : c.argv().get(c.argv().size() - 1);
    switch (c.program()) {
      case "groupadd", "addgroup" -> {
        String gid = c.option("-g", "--gid");
        if (last != null && gid != null && gid.matches("\\d+")) {
          gids.put(last, gid);
        }
      }
      case "useradd", "adduser" -> {
        String uid = c.option("-u", "--uid");
        if (last != null && uid != null && uid.matches("\\d+")) {
          uids.put(last, uid);
          String group = c.option("-g", "--gid", "-G", "--ingroup");
          primaryGroups.put(last, group != null ? group : last);
        }
      }
      case "chown" -> {
        String owner = null;
        for (int i = 1; i < c.argv().size(); i++) {
          String a = c.arg(i);
          if (a == null || a.startsWith("-")) {
            continue;
          }
          if (owner == null) {
            owner = a;
          } else {
            String path = c.resolve(a);
            if (path != null && !isRoot(owner)) {
              owned.add(new OwnedDirectory(path, owner, c.line()));
            }
          }
        }
      }
      default -> {}
    }
  }

  private static boolean isRoot(String owner) {
    return owner.equals("root")
        || owner.equals("0")
        || owner.startsWith("root:")
        || owner.startsWith("0:");
  }

  /** The paths the builder handed to a user other than root, in order. */
  List<OwnedDirectory> owned() {
    return List.copyOf(owned);
  }

  /**
   * {@code user[:group]} as numbers ({@code app:app} → {@code 10001:10001}); null when a name has
   * no id the builder fixed. A user alone stands for its primary group too, as USER and chown take
   * it.
   */
  String numeric(String owner) {
    int colon = owner.indexOf(':');
    String user = colon < 0 ? owner : owner.substring(0, colon);
    String group = colon < 0 ? null : owner.substring(colon + 1);
    String uid = user.matches("\\d+") ? user : uids.get(user);
    if (uid == null) {
      return null;
    }
    if (group == null || group.isEmpty()) {
      group = user.matches("\\d+") ? user : primaryGroups.get(user);
    }
    String gid = group.matches("\\d+") ? group : gids.get(group);
    if (gid == null && group.equals(user)) {
      return null;
    }
    return gid == null ? null : uid + ":" + gid;
  }
}
