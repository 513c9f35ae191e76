package org.qualitymonth.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualitymonth.activity.ActivityType;

class IcsCalendarTest {

    private static ActivityView activity(String title, String description) {
        return new ActivityView(7, 2026, 1, "杭州市市场监督管理局", "330100", title, ActivityType.PUBLICITY, 3,
                Instant.parse("2026-09-01T01:00:00Z"), Instant.parse("2026-09-01T03:00:00Z"), "杭州市民中心", null, null,
                description, true, false, null);
    }

    @Test
    void writesOneEventPerActivityInUtc() {
        String ics = IcsCalendar.write("浙江省", List.of(activity("启动仪式", "内容")), "https://qm.example.cn", Instant.EPOCH);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTART:20260901T010000Z\r\n", "UID:activity-7@qualitymonth.cn", "URL:https://qm.example.cn/activities/7");
    }

    @Test
    void aTitleCannotInjectPropertiesOrEvents() {
        String ics = IcsCalendar.write("x", List.of(activity("开幕\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:伪造; 活动, 通知\\", "a\nb")),
                "", Instant.EPOCH);
        long events = Arrays.stream(ics.split("\r\n")).filter(line -> line.equals("BEGIN:VEVENT")).count();
        assertThat(events).isEqualTo(1);
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:开幕\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:伪造\\; 活动\\, 通知\\\\");
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingCharacters() {
        String ics = IcsCalendar.write("x", List.of(activity("质".repeat(60), "d")), "", Instant.EPOCH);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + "质".repeat(60) + "\r\n");
    }
}
