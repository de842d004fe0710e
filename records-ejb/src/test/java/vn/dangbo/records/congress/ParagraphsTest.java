package vn.dangbo.records.congress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void eachTopLevelBlockIsAParagraph() {
        List<Paragraph> ps = Paragraphs.fromHtml("<h2>Phần I</h2><p>Đánh giá <b>kết quả</b>.</p>"
                + "<ul><li>Một</li><li>Hai</li></ul><p>   </p><p>Phương hướng.</p>");
        assertEquals(4, ps.size());
        assertEquals("<h2>Phần I</h2>", ps.get(0).html());
        assertEquals("<p>Đánh giá <b>kết quả</b>.</p>", ps.get(1).html());
        assertEquals("Đánh giá kết quả.", ps.get(1).text());
        assertTrue(ps.get(2).html().startsWith("<ul>"));
        assertEquals("Phương hướng.", ps.get(3).text());
    }

    @Test
    void scriptsHandlersAndStylesAreCleanedAway() {
        List<Paragraph> ps = Paragraphs.fromHtml("<p onclick=\"x()\" style=\"color:red\">Nội dung<script>alert(1)</script>"
                + "<img src=\"https://evil.example/t.png\"></p><script>alert(2)</script><iframe src=\"x\"></iframe>");
        assertEquals(1, ps.size());
        assertEquals("<p>Nội dung</p>", ps.get(0).html());
        assertFalse(ps.get(0).html().contains("script"));
    }

    @Test
    void looseTextBetweenBlocksBecomesItsOwnParagraph() {
        List<Paragraph> ps = Paragraphs.fromHtml("Mở đầu <i>ngắn</i><p>Thân bài</p>kết luận");
        assertEquals(3, ps.size());
        assertEquals("<p>Mở đầu <i>ngắn</i></p>", ps.get(0).html());
        assertEquals("<p>kết luận</p>", ps.get(2).html());
    }

    @Test
    void plainTextIsCutAtBlankLinesAndEscaped() {
        List<Paragraph> ps = Paragraphs.fromText("Dòng một\r\ndòng hai\n\n\n  <script>alert(1)</script> & cộng  \n\n");
        assertEquals(2, ps.size());
        assertEquals("<p>Dòng một<br>dòng hai</p>", ps.get(0).html());
        assertEquals("Dòng một\ndòng hai", ps.get(0).text());
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; cộng</p>", ps.get(1).html());
    }

    @Test
    void nothingFromNothing() {
        assertEquals(List.of(), Paragraphs.fromText(null));
        assertEquals(List.of(), Paragraphs.fromText("  \n \n"));
        assertEquals(List.of(), Paragraphs.fromHtml("<p> </p><script>x</script>"));
    }
}
