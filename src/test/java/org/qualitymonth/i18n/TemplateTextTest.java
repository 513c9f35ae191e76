package org.qualitymonth.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** Templates carry no user-visible literal: all text and accessible names come from message keys. */
class TemplateTextTest {

    private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label");

    @Test
    void noLiteralTextInTemplates() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document document = Jsoup.parse(Files.readString(file));
                for (Element element : document.getAllElements()) {
                    if (element.tagName().equals("script") || element.tagName().equals("style")) {
                        continue;
                    }
                    for (TextNode text : element.textNodes()) {
                        if (text.text().codePoints().anyMatch(Character::isLetter)) {
                            literals.add(file.getFileName() + ": \"" + text.text().strip() + "\"");
                        }
                    }
                    for (String attribute : TEXT_ATTRIBUTES) {
                        String value = element.attr(attribute);
                        if (value.codePoints().anyMatch(Character::isLetter)) {
                            literals.add(file.getFileName() + ": " + attribute + "=\"" + value + "\"");
                        }
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }
}
