package org.qualitymonth.activity.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes activities as an RFC 5545 calendar. Text values are escaped (backslash, semicolon, comma,
 * line breaks), so a title cannot start a property or event of its own; lines fold at 75 octets.
 */
public final class IcsCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsCalendar() {
    }

    public static String write(String calendarName, List<ActivityView> activities, String baseUrl, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Quality Month Platform//CN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(calendarName));
        for (ActivityView a : activities) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:activity-" + a.id() + "@qualitymonth.cn");
            line(ics, "DTSTAMP:" + UTC.format(now));
            line(ics, "DTSTART:" + UTC.format(a.startsAt()));
            line(ics, "DTEND:" + UTC.format(a.endsAt()));
            line(ics, "SUMMARY:" + text(a.title()));
            line(ics, "LOCATION:" + text(a.address()));
            line(ics, "DESCRIPTION:" + text(RichText.plain(a.description())));
            line(ics, "ORGANIZER;CN=" + param(a.organizationName()) + ":mailto:noreply@qualitymonth.cn");
            line(ics, "URL:" + baseUrl + "/activities/" + a.id());
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value: quoted, without the characters a quoted value cannot hold. */
    static String param(String value) {
        return "\"" + (value == null ? "" : value.replaceAll("[\"\\r\\n\\p{Cntrl}]", "")) + "\"";
    }

    /** Appends a content line folded at 75 octets, never splitting a UTF-8 character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String ch = new String(Character.toChars(codePoint));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append(current).append("\r\n ");
                current.setLength(0);
                octets = 1;
            }
            current.append(ch);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(current).append("\r\n");
    }
}
