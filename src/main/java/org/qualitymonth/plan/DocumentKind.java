package org.qualitymonth.plan;

/**
 * What a routed record is: the activity plan sent before the campaign, or the summary sent after it
 * (plan §4 "活动结束后要及时总结 … 要将活动总结、有关图片及视频及时报送质检总局"). Both travel the same route.
 */
public enum DocumentKind {
    PLAN("/console/plans/"), SUMMARY("/console/summaries/");

    private final String pagePrefix;

    DocumentKind(String pagePrefix) {
        this.pagePrefix = pagePrefix;
    }

    /** The console page of a record of this kind. */
    public String page(long id) {
        return pagePrefix + id;
    }

    /** Prefix of audit actions and message keys: {@code plan} or {@code summary}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
