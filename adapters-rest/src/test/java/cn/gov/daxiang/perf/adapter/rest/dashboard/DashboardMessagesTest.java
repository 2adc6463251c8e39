package cn.gov.daxiang.perf.adapter.rest.dashboard;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard speaks both languages completely: every word it asks for exists in Chinese and in English. */
class DashboardMessagesTest {

    private static final Pattern KEY_IN_JAVA = Pattern.compile("t\\.(?:get|format)\\(\"([a-zA-Z0-9_.]+)\"");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("t\\.get\\('([a-zA-Z0-9_.]+)'\\)");

    @Test
    void chineseAndEnglishHaveTheSameWords() throws IOException {
        Set<String> chinese = load("dashboard/messages.properties").stringPropertyNames();
        Set<String> english = new HashSet<>(load("dashboard/messages_en.properties").stringPropertyNames());
        // English also names the coded values the domain labels only in Chinese.
        english.removeIf(k -> k.startsWith("label."));
        assertThat(english).isEqualTo(chinese);
    }

    @Test
    void everyWordThePagesAskForIsInTheChineseBundle() throws IOException {
        Set<String> chinese = load("dashboard/messages.properties").stringPropertyNames();
        Set<String> asked = new HashSet<>();
        collect(Path.of("src/main/java/cn/gov/daxiang/perf/adapter/rest/dashboard"), KEY_IN_JAVA, asked);
        collect(Path.of("src/main/resources/templates/dashboard"), KEY_IN_TEMPLATE, asked);
        // Keys made of a prefix and a value ("error." + status) are checked by their pages' tests.
        asked.removeIf(k -> k.endsWith("."));
        assertThat(asked).hasSizeGreaterThan(100);
        assertThat(chinese).containsAll(asked);
    }

    @Test
    void textsFormatYearsWithoutGroupingInBothLanguages() {
        assertThat(new Texts(Texts.Language.ZH).format("overview.heading", 2024)).isEqualTo("2024年度绩效管理总览");
        assertThat(new Texts(Texts.Language.EN).format("overview.heading", 2024)).isEqualTo("Performance management in 2024");
        assertThat(new Texts(Texts.Language.EN).get("no.such.key")).isEqualTo("no.such.key");
    }

    private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DashboardMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
