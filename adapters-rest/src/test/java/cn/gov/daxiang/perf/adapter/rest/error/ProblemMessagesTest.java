package cn.gov.daxiang.perf.adapter.rest.error;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem code the domain can raise has a title and a detail in Chinese and in English. */
class ProblemMessagesTest {

    private static final Pattern CODE_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
    private final ProblemMessages messages = new ProblemMessages();

    @Test
    void bothLanguagesHaveTheSameKeysInEveryArea() {
        for (String bundle : ProblemMessages.BUNDLES) {
            String base = "/" + bundle.replace('.', '/');
            if (ProblemMessagesTest.class.getResource(base + ".properties") != null) {
                assertThat(keys(base + "_en.properties")).as(bundle).isEqualTo(keys(base + ".properties"));
            }
        }
    }

    @Test
    void everyCodeRaisedInTheDomainHasMessagesInBothLanguages() throws IOException {
        Set<String> codes = domainCodes();
        assertThat(codes).as("codes found in domain sources").contains("PROJECT_NOT_FOUND", "PAGE_SIZE_OUT_OF_RANGE");
        for (String code : codes) {
            assertThat(messages.has(code, ProblemMessages.CHINESE)).as("zh-CN message for " + code).isTrue();
            assertThat(messages.has(code, ProblemMessages.ENGLISH)).as("en message for " + code).isTrue();
        }
    }

    @Test
    void placeholdersAreFilledFromTheArgumentsAndUnknownOnesAreLeftVisible() {
        assertThat(ProblemMessages.fill("没有代码为 {unitCode} 的预算单位。{missing}", Map.of("unitCode", "105001")))
                .isEqualTo("没有代码为 105001 的预算单位。{missing}");
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsChosenWhenPreferred() {
        assertThat(messages.negotiate(java.util.List.of())).isEqualTo(ProblemMessages.CHINESE);
        assertThat(messages.negotiate(java.util.List.of(java.util.Locale.FRENCH, java.util.Locale.US))).isEqualTo(ProblemMessages.ENGLISH);
        assertThat(messages.negotiate(java.util.List.of(java.util.Locale.TRADITIONAL_CHINESE))).isEqualTo(ProblemMessages.CHINESE);
    }

    private static Set<String> keys(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ProblemMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /** By convention every UPPER_SNAKE string literal in the domain's sources is a problem code. */
    private static Set<String> domainCodes() throws IOException {
        Path sources = Path.of("..", "domain", "src", "main", "java");
        assertThat(sources).isDirectory();
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = CODE_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }
}
