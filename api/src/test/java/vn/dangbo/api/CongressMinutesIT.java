package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The congress minutes are assembled from what the congress recorded: the agenda item, who spoke on what, the open
 * vote and its result, and the resolution's text; the same content in the .docx and the PDF, for the secretariat,
 * the presidium and the organising board only.
 */
class CongressMinutesIT extends ServerTest {

    @Test
    void theMinutesCarryTheAgendaTheSpeakersTheVotesAndTheResolution() throws Exception {
        long cell = world.cell("Chi bộ Biên Bản");
        long[] members = new long[3];
        for (int i = 0; i < members.length; i++) {
            members[i] = world.member("Phan Văn Biên " + World.suffix(), cell);
        }
        Congresses.Prepared p = new Congresses(officer).prepare(members);
        long congress = p.id();
        String base = "/api/congresses/" + congress;
        long session = new Congresses(officer).session(congress, "Phiên chính thức", true);
        Http[] delegates = new Http[members.length];
        for (int i = 0; i < members.length; i++) {
            delegates[i] = anonymous.as(Tokens.token("daibieu." + members[i], members[i], Set.of("member", "delegate")));
            assertEquals(200, delegates[i].post(base + "/check-ins/self", Json.createObjectBuilder().build()).status());
        }

        String itemTitle = "Thảo luận báo cáo chính trị " + World.suffix();
        Http.Reply item = officer.post(base + "/agenda", Json.createObjectBuilder().add("title", itemTitle)
                .add("kind", "DISCUSSION").add("speakingLimitSeconds", 300).add("sessionId", session).build());
        assertEquals(201, item.status(), item.toString());
        long itemId = item.json().getJsonNumber("id").longValue();
        assertEquals(200, officer.post(base + "/agenda/" + itemId + "/start", Json.createObjectBuilder().build()).status());

        String topic = "Chuyển đổi số ở khu phố " + World.suffix();
        Http.Reply asked = delegates[0].post(base + "/speeches", Json.createObjectBuilder()
                .add("agendaItemId", itemId).add("topic", topic).build());
        assertEquals(201, asked.status(), asked.toString());
        long speech = asked.json().getJsonNumber("id").longValue();
        String speaker = asked.json().getString("fullName");
        for (String step : new String[] {"decision", "start", "stop"}) {
            JsonObject body = step.equals("decision") ? Json.createObjectBuilder().add("accept", true).build()
                    : Json.createObjectBuilder().build();
            Http.Reply r = officer.post(base + "/speeches/" + speech + "/" + step, body);
            assertEquals(200, r.status(), step + ": " + r);
        }

        String question = "Biểu quyết chương trình đại hội " + World.suffix();
        Http.Reply vote = officer.post(base + "/votes", Json.createObjectBuilder().add("title", question)
                .add("subject", "AGENDA").add("rule", "MAJORITY").add("base", "PRESENT").add("changeable", false).build());
        assertEquals(201, vote.status(), vote.toString());
        String votePath = base + "/votes/" + vote.json().getJsonNumber("id").longValue();
        assertEquals(200, officer.post(votePath + "/opening", Json.createObjectBuilder().build()).status());
        for (Http d : delegates) {
            Http.Reply cast = d.send("PUT", votePath + "/mine", "{\"choice\":\"AGREE\"}", "application/json");
            assertEquals(200, cast.status(), cast.toString());
        }
        assertEquals(200, officer.post(votePath + "/closure", Json.createObjectBuilder().build()).status());

        String resolutionLine = "Đại hội quyết nghị hoàn thành chuyển đổi số toàn phường " + World.suffix();
        Http.Reply doc = officer.post(base + "/documents", Json.createObjectBuilder().add("title", "Nghị quyết Đại hội")
                .add("kind", "FINAL").add("text", resolutionLine).build());
        assertEquals(201, doc.status(), doc.toString());
        long resolution = doc.json().getJsonNumber("id").longValue();

        String query = "?resolutionId=" + resolution;
        String docx;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(officer.bytes(base + "/minutes/docx" + query)));
             XWPFWordExtractor text = new XWPFWordExtractor(d)) {
            docx = text.getText();
        }
        String pdf;
        try (var d = Loader.loadPDF(officer.bytes(base + "/minutes/pdf" + query))) {
            pdf = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
        for (String text : new String[] {docx, pdf}) {
            assertTrue(text.contains("BIÊN BẢN ĐẠI HỘI"), text);
            assertTrue(text.contains(itemTitle), "the agenda item: " + text);
            assertTrue(text.contains(speaker) && text.contains(topic), "who spoke on what: " + text);
            assertTrue(text.contains(question) && text.contains("Thông qua"), "the vote and its result: " + text);
            assertTrue(text.contains(resolutionLine), "the resolution's text: " + text);
        }

        Http chair = anonymous.as(Tokens.token("chutich." + members[2], members[2], Set.of("member", "delegate")));
        assertEquals(200, chair.get(base + "/minutes/pdf").status(), "the presidium takes the minutes");
        assertEquals(403, delegates[0].get(base + "/minutes/docx").status(), "a delegate on no body does not");
    }
}
