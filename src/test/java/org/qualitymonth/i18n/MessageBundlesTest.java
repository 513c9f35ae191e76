package org.qualitymonth.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every language has every key, and every key the code and templates use exists. */
class MessageBundlesTest {

    private static final List<String> BUNDLES = List.of("messages", "messages_zh_CN", "messages_zh_TW", "messages_en");

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        Set<String> reference = keys("messages_zh_CN");
        for (String bundle : BUNDLES) {
            assertThat(keys(bundle)).as(bundle).containsExactlyInAnyOrderElementsOf(reference);
        }
    }

    @Test
    void noValueIsEmptyAndTranslationsDiffer() throws IOException {
        Properties zh = load("messages_zh_CN");
        Properties en = load("messages_en");
        for (String key : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
        }
        assertThat(en.getProperty("site.name")).isNotEqualTo(zh.getProperty("site.name"));
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(keys("messages_zh_CN")).containsAll(used);
    }

    @Test
    void everyErrorCodeTheCodeRaisesHasAMessage() throws IOException {
        Set<String> codes = new TreeSet<>(List.of("unauthenticated", "forbidden", "validation", "bad-request", "too-large",
                "not-found", "method-not-allowed", "media-type", "conflict", "internal", "generic"));
        Pattern raised = Pattern.compile("(?:invalid|forbidden|notFound|conflict)\\(\"([a-z0-9.-]+)\"|\\(\"([a-z]+\\.[a-z-]+)\"\\)");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = raised.matcher(Files.readString(file));
                while (m.find()) {
                    if (m.group(1) != null) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        Set<String> keys = keys("messages_zh_CN");
        for (String code : codes) {
            assertThat(keys).as("error." + code).contains("error." + code);
        }
        assertThat(codes).contains("organization.credit-code-taken", "sort.not-allowed");
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/i18n/" + bundle + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
