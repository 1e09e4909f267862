package io.stagecraft.core.lint;

import static io.stagecraft.core.lint.LintFixture.fixed;
import static io.stagecraft.core.lint.LintFixture.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * hadolint's rules about yum, dnf, microdnf and zypper: confirmation switches, cleaned caches,
 * pinned versions and dist-upgrade, each with cases it reports and cases it leaves alone, inside
 * ONBUILD too.
 */
class HadolintRpmRulesTest {

  private static int count(String rule, String run) {
    return problems(rule, "FROM a:1\n" + run + "\n").size();
  }

  private static int both(String rule, String run) {
    return LintFixture.countAlsoInOnbuild(rule, run);
  }

  @Test
  void dl3030YumWithoutYesGetsIt() {
    assertEquals(1, both("DL3030", "RUN yum install httpd-2.4.24 && yum clean all"));
    assertEquals(1, both("DL3030", "RUN yum groupinstall 'Development Tools'"));
    assertEquals(0, both("DL3030", "RUN yum install -y httpd-2.4.24 && yum clean all"));
    assertEquals(0, both("DL3030", "RUN yum -qy --assumeyes install httpd-2.4.24"));
    assertEquals(0, both("DL3030", "RUN bash -c `# not even a yum command`"));
    assertEquals(
        "FROM a:1\nRUN yum install -y httpd-2.4.24\n",
        fixed("DL3030", "FROM a:1\nRUN yum install httpd-2.4.24\n"));
  }

  @Test
  void dl3038DnfAndMicrodnfWithoutYes() {
    assertEquals(1, both("DL3038", "RUN dnf install httpd-2.4.24 && dnf clean all"));
    assertEquals(1, both("DL3038", "RUN microdnf install httpd-2.4.24 && microdnf clean all"));
    assertEquals(0, both("DL3038", "RUN dnf install -y httpd-2.4.24 && dnf clean all"));
    assertEquals(0, both("DL3038", "RUN microdnf --assumeyes install httpd-2.4.24"));
    assertEquals(0, both("DL3038", "RUN notdnf install httpd"));
    assertEquals(0, both("DL3038", "RUN dnf remove httpd"));
  }

  @Test
  void dl3032YumCleanAfterInstall() {
    assertEquals(1, both("DL3032", "RUN yum install -y mariadb-10.4"));
    assertEquals(1, both("DL3032", "RUN yum clean all && yum install -y mariadb-10.4"));
    assertEquals(0, both("DL3032", "RUN yum install -y mariadb-10.4 && yum clean all"));
    assertEquals(0, both("DL3032", "RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*"));
    assertEquals(0, both("DL3032", "RUN bash -c `# not even a yum command`"));
    assertEquals(
        0, count("DL3032", "RUN --mount=type=cache,target=/var/cache/yum yum install -y x-1"));
    assertEquals(
        "FROM a:1\nRUN yum install -y x-1 && yum clean all\n",
        fixed("DL3032", "FROM a:1\nRUN yum install -y x-1\n"));
  }

  @Test
  void dl3040DnfCleanAfterEveryFillingCommand() {
    for (String verb :
        new String[] {"install", "in", "upgrade", "up", "upgrade-minimal", "up-min", "reinstall"}) {
      assertEquals(1, both("DL3040", "RUN dnf -y " + verb), verb);
      assertEquals(0, both("DL3040", "RUN dnf -y " + verb + " && dnf clean all"), verb);
    }
    assertEquals(1, both("DL3040", "RUN microdnf install -y mariadb-10.4"));
    assertEquals(0, both("DL3040", "RUN microdnf install -y mariadb-10.4 && microdnf clean all"));
    assertEquals(0, both("DL3040", "RUN dnf in -y mariadb-10.4 && rm -rf /var/cache/yum/*"));
    assertEquals(0, both("DL3040", "RUN notdnf install mariadb"));
    assertEquals(1, both("DL3040", "RUN microdnf clean all && dnf install -y mariadb-10.4"));
    assertEquals(1, both("DL3040", "RUN rm -rf /var/cache/libdnf5 && dnf install -y mariadb"));
    assertEquals(
        0, count("DL3040", "RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y m"));
    assertEquals(
        0, count("DL3040", "RUN --mount=type=tmpfs,target=/var/cache/libdnf5 dnf in -y m"));
    assertEquals(
        "FROM a:1\nRUN microdnf install -y m-1 && microdnf clean all\n",
        fixed("DL3040", "FROM a:1\nRUN microdnf install -y m-1\n"));
  }

  @Test
  void dl3033YumVersionsPinnedByDashOrStream() {
    assertEquals(1, both("DL3033", "RUN yum install -y tomcat && yum clean all"));
    assertEquals(1, both("DL3033", "RUN yum module install -y tomcat && yum clean all"));
    assertEquals(0, both("DL3033", "RUN yum install -y tomcat-9.2 && yum clean all"));
    assertEquals(0, both("DL3033", "RUN yum install -y openssl-1:1.1.1k"));
    assertEquals(0, both("DL3033", "RUN yum install -y rpm-sign-4.16.1.3 gcc-c++-1.1.1"));
    assertEquals(0, both("DL3033", "RUN yum module install -y tomcat:9 && yum clean all"));
    assertEquals(0, both("DL3033", "RUN yum install -y ./local-1.0.rpm"));
    assertEquals(0, both("DL3033", "RUN bash -c `# not even a yum command`"));
  }

  @Test
  void dl3033VersionsFromVariablesOfTheStageOrAnEarlierArg() {
    assertEquals(0, count("DL3033", "ENV version=2.51.0\nRUN yum -y install git-core-${version}"));
    assertEquals(0, count("DL3033", "ARG version=2.51.0\nRUN yum -y install git-core-$version"));
    assertEquals(
        0,
        problems(
                "DL3033",
                "FROM f:42 AS build\nARG version=2\nFROM f:42\nRUN yum -y install git-${version}\n")
            .size());
    assertEquals(
        0,
        problems(
                "DL3033",
                "FROM f:42 AS build\nENV version=2\nFROM build\nRUN yum -y install git-${version}\n")
            .size());
    assertEquals(
        1,
        problems(
                "DL3033",
                "FROM f:42 AS build\nENV version=2\nFROM f:42\nRUN yum -y install git-${version}\n")
            .size());
    assertEquals(1, count("DL3033", "RUN yum -y install git-core-${version}"));
  }

  @Test
  void dl3041DnfVersionsModulesAndGroups() {
    assertEquals(1, both("DL3041", "RUN dnf install -y tomcat && dnf clean all"));
    assertEquals(1, both("DL3041", "RUN microdnf install -y rpm-sign && microdnf clean all"));
    assertEquals(1, both("DL3041", "RUN dnf module install -y tomcat && dnf clean all"));
    assertEquals(0, both("DL3041", "RUN dnf install -y tomcat-9.0.1 && dnf clean all"));
    assertEquals(0, both("DL3041", "RUN microdnf install -y gcc-c++-1.1.1 openssl-1:1.1.1k"));
    assertEquals(0, both("DL3041", "RUN dnf module install -y tomcat:9 && dnf clean all"));
    assertEquals(0, both("DL3041", "RUN dnf -y group install \"Development Tools\""));
    assertEquals(
        0,
        both(
            "DL3041",
            "RUN dnf -y --setopt=group_package_types=mandatory group install \"Development"
                + " Tools\""));
    assertEquals(0, both("DL3041", "RUN notdnf install tomcat"));
    assertEquals(0, count("DL3041", "ENV version=2.51.0\nRUN dnf -y install git-core-${version}"));
  }

  @Test
  void dl3034ZypperNeedsANonInteractiveSwitch() {
    assertEquals(1, both("DL3034", "RUN zypper install httpd=2.4.24 && zypper clean"));
    assertEquals(1, both("DL3034", "RUN zypper remove httpd"));
    for (String yes : new String[] {"-n", "--non-interactive", "-y", "--no-confirm"}) {
      assertEquals(0, both("DL3034", "RUN zypper install " + yes + " httpd=2.4.24"), yes);
    }
    assertEquals(0, both("DL3034", "RUN zypper --non-interactive in httpd=2.4.24"));
    assertEquals(0, both("DL3034", "RUN zypper refresh"));
    assertEquals(
        "FROM a:1\nRUN zypper install -y httpd=2\n",
        fixed("DL3034", "FROM a:1\nRUN zypper install httpd=2\n"));
  }

  @Test
  void dl3035ZypperDistUpgrade() {
    assertEquals(1, both("DL3035", "RUN zypper dist-upgrade"));
    assertEquals(1, both("DL3035", "RUN zypper -n dup && zypper clean"));
    assertEquals(0, both("DL3035", "RUN zypper -n update && zypper clean"));
  }

  @Test
  void dl3036ZypperCleanAfterInstall() {
    assertEquals(1, both("DL3036", "RUN zypper install -y mariadb=10.4"));
    assertEquals(1, both("DL3036", "RUN zypper clean && zypper install -y mariadb=10.4"));
    assertEquals(0, both("DL3036", "RUN zypper install -y mariadb=10.4 && zypper clean"));
    assertEquals(0, both("DL3036", "RUN zypper in -y mariadb=10.4 && zypper cc"));
    assertEquals(
        0, count("DL3036", "RUN --mount=type=cache,target=/var/cache/zypp zypper install -y m"));
    assertEquals(
        0, count("DL3036", "RUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y m"));
    assertEquals(
        "FROM a:1\nRUN zypper install -y m=1 && zypper clean --all\n",
        fixed("DL3036", "FROM a:1\nRUN zypper install -y m=1\n"));
  }

  @Test
  void dl3037ZypperVersions() {
    assertEquals(1, both("DL3037", "RUN zypper install -y tomcat && zypper clean"));
    assertEquals(1, both("DL3037", "RUN zypper in -y tomcat=9.0.39 apache2"));
    for (String pin :
        new String[] {"tomcat=9.0.39", "tomcat\\>=9.0", "tomcat\\>9.0", "'tomcat<=9.0'"}) {
      assertEquals(0, both("DL3037", "RUN zypper install -y " + pin + " && zypper clean"), pin);
    }
    assertEquals(0, both("DL3037", "RUN zypper install -y tomcat-9.0.39-1.rpm"));
    assertEquals(0, both("DL3037", "RUN zypper remove -y tomcat"));
  }
}
