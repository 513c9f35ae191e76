package org.qualitymonth.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void scriptsHandlersAndJavascriptLinksAreRemoved() {
        String html = RichText.sanitize("""
                <p onclick="steal()">欢迎<b>参加</b><script>alert(1)</script></p>
                <img src=x onerror="alert(2)"><a href="javascript:alert(3)">点我</a>
                <iframe src="https://evil.example"></iframe><p style="color:red">样式</p>""");
        assertThat(html).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("iframe").doesNotContainIgnoringCase("style").doesNotContain("<img")
                .contains("<p>欢迎<b>参加</b></p>", "点我", "<p>样式</p>");
    }

    @Test
    void theAllowListIsKeptAndLinksGetRel() {
        String html = RichText.sanitize("<p>第一段<br>换行</p><ul><li><strong>一</strong></li><li><em>二</em></li></ul>"
                + "<ol><li><i>三</i></li></ol><a href=\"https://www.samr.gov.cn/\">总局</a><a href=\"ftp://x.example/\">文件</a>");
        assertThat(html).contains("<p>第一段<br />换行</p>", "<ul><li><strong>一</strong></li><li><em>二</em></li></ul>", "<ol><li><i>三</i></li></ol>")
                // the sanitizer writes the two rel values in either order
                .containsPattern("<a href=\"https://www\\.samr\\.gov\\.cn/\" rel=\"(noopener nofollow|nofollow noopener)\">总局</a>")
                .doesNotContain("ftp:");
        assertThat(RichText.sanitize(html)).isEqualTo(html);
    }

    @Test
    void plainTextBecomesParagraphsAndStaysEscaped() {
        assertThat(RichText.html("第一行\n第二行\n\n新段落 a < b & c")).isEqualTo("<p>第一行<br />第二行</p><p>新段落 a &lt; b &amp; c</p>");
        assertThat(RichText.sanitize("<script>alert(1)</script>只剩文字 & 符号")).isEqualTo("<p>只剩文字 &amp; 符号</p>");
        assertThat(RichText.plain("<p>活动<strong>内容</strong></p><ul><li>一</li><li>二 &amp; 三</li></ul>")).isEqualTo("活动内容\n一\n二 & 三");
        assertThat(RichText.plain("旧的纯文本")).isEqualTo("旧的纯文本");
    }
}
