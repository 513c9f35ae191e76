package org.qualitymonth.activity.domain;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Activity descriptions as a small, safe subset of HTML: paragraphs, line breaks, bold and italic, lists,
 * and http(s) links that carry rel="nofollow noopener". Input is sanitized before it is stored; text
 * without markup (what a plain textarea sends, and every description written before rich text) becomes
 * paragraphs. What is stored always holds at least one element, so stored HTML is never mistaken for text.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "ul", "ol", "li", "a")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();
    private static final Pattern MARKUP = Pattern.compile("<[/!?a-zA-Z]");

    private RichText() {
    }

    /** The HTML to store for what a user wrote, markup or plain text. */
    public static String sanitize(String input) {
        String value = input == null ? "" : input.strip();
        if (!MARKUP.matcher(value).find()) {
            return paragraphs(value);
        }
        String clean = POLICY.sanitize(value).strip();
        return MARKUP.matcher(clean).find() ? clean : "<p>" + clean + "</p>";
    }

    /** Safe HTML for a page, whether the stored value is sanitized HTML or older plain text. */
    public static String html(String stored) {
        return stored == null ? "" : sanitize(stored);
    }

    /** The text alone, for calendar files and search snippets. */
    public static String plain(String stored) {
        if (stored == null || !MARKUP.matcher(stored).find()) {
            return stored == null ? "" : stored;
        }
        String text = stored.replaceAll("(?i)<br\\s*/?>|</p>|</li>", "\n").replaceAll("<[^>]*>", "");
        return unescape(text).replaceAll("\n{2,}", "\n").strip();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
    }

    /** The sanitizer writes named entities for markup characters and numeric ones for a few others. */
    private static String unescape(String html) {
        String text = ENTITY.matcher(html).replaceAll(m -> {
            String hex = m.group(1);
            String dec = m.group(2);
            int code = hex != null ? Integer.parseInt(hex, 16) : Integer.parseInt(dec);
            if (!Character.isValidCodePoint(code)) {
                return java.util.regex.Matcher.quoteReplacement(m.group());
            }
            return java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(code)));
        });
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static final Pattern ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br />")).append("</p>");
            }
        }
        return html.isEmpty() ? "" : html.toString();
    }
}
