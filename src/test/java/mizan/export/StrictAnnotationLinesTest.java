package mizan.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import mizan.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * import-annotations takes values as they are typed, never as Jackson could coerce them: each
 * refusal names FILE:LINE and the field, and nothing of a refused line is stored.
 */
class StrictAnnotationLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** alice's master line for the emoji paragraph of the first document: 3 entities, 2 claims, 2 stances. */
    private ObjectNode alice;
    private List<String> exported;

    @BeforeEach
    void exportAlice() throws Exception {
        ExportFixture.labeled(dir).close();
        exported = Files.readAllLines(new Cli(dir).export("--annotator", "alice", "--format", "jsonl")
                .resolve("master.jsonl"));
        alice = (ObjectNode) JSON.readTree(exported.get(0));
        assertThat(alice.get("entities")).hasSize(3);
        assertThat(alice.get("claims")).hasSize(2);
    }

    private ObjectNode edited(Consumer<ObjectNode> edit) {
        ObjectNode copy = alice.deepCopy();
        edit.accept(copy);
        return copy;
    }

    private static ObjectNode at(JsonNode line, String list, int i) {
        return (ObjectNode) line.get(list).get(i);
    }

    private Cli.Result importLines(String... lines) throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.write(file, List.of(lines));
        return new Cli(dir).run("import-annotations", file.toString(), "--as", "erin");
    }

    private List<String> erinsLabels() throws Exception {
        return TestDb.rows(new Cli(dir).db(), "SELECT 'span', start_cp, end_cp, label FROM spans WHERE annotator = 'erin'"
                + " UNION ALL SELECT 'stance', target, label, '' FROM stance_labels WHERE annotator = 'erin'");
    }

    /** The line is refused with {@code message} at in.jsonl:1, and erin has no labels at all. */
    private void refused(ObjectNode line, String message) throws Exception {
        refused(line.toString(), message);
    }

    private void refused(String line, String message) throws Exception {
        Cli.Result r = importLines(line);
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).as(line).contains(dir.resolve("in.jsonl") + ":1: " + message)
                .contains("0 paragraphs imported").contains("1 lines refused").doesNotContain("Exception");
        assertThat(erinsLabels()).isEmpty();
    }

    @Test
    void theExportedLineItselfImports() throws Exception {
        Cli.Result r = importLines(alice.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(erinsLabels()).hasSize(7);
    }

    @Test
    void offsetsMustBeWholeNumbersNotBooleansFractionsStringsOrNull() throws Exception {
        refused(edited(l -> at(l, "entities", 0).put("start", false)),
                "entities[0].start is false: offsets are whole numbers");
        refused(edited(l -> at(l, "entities", 0).set("end", BooleanNode.TRUE)), "entities[0].end is true:");
        refused(edited(l -> at(l, "entities", 1).set("start", DoubleNode.valueOf(0.9))), "entities[1].start is 0.9:");
        refused(edited(l -> at(l, "entities", 2).set("end", DoubleNode.valueOf(3.9))), "entities[2].end is 3.9:");
        refused(edited(l -> at(l, "claims", 0).set("start", TextNode.valueOf("3"))), "claims[0].start is \"3\":");
        refused(edited(l -> at(l, "claims", 1).set("end", NullNode.getInstance())), "claims[1].end is null:");
        refused(edited(l -> at(l, "entities", 0).remove("end")), "entities[0].end is nothing:");
        refused(edited(l -> at(l, "entities", 0).put("start", -1)), "entities[0].start is -1:");
    }

    @Test
    void aDoccanoOffsetThatIsNotAWholeNumberIsRefusedToo() throws Exception {
        String text = alice.get("text").asText().replace("\"", "\\\"");
        refused("{\"id\": \"" + alice.get("id").asText() + "\", \"text\": \"" + text
                + "\", \"label\": [[false, 3, \"GPE\"]]}", "label[0][0] is false:");
        refused("{\"id\": \"" + alice.get("id").asText() + "\", \"text\": \"" + text
                + "\", \"entities\": [{\"start_offset\": 1, \"end_offset\": \"4\", \"label\": \"GPE\"}]}",
                "entities[0].end_offset is \"4\":");
    }

    @Test
    void stanceIsAListOfTargetAndLabelObjectsWithOneStancePerTarget() throws Exception {
        refused(edited(l -> l.put("stance", "FAVOR")), "stance is \"FAVOR\": it must be a list");
        refused(edited(l -> ((ArrayNode) l.get("stance")).set(0, TextNode.valueOf("FAVOR"))),
                "stance[0] is \"FAVOR\": it must be an object");
        refused(edited(l -> at(l, "stance", 1).put("target", at(l, "stance", 0).get("target").asText())),
                "stance[1].target is MILCOOP, as stance[0].target is: a line gives one stance per target");
        refused(edited(l -> at(l, "stance", 0).put("label", 1)), "stance[0].label is 1: it must be a string");
    }

    @Test
    void otherMembersAreTypeCheckedToo() throws Exception {
        refused(edited(l -> at(l, "claims", 0).put("check_worthy", "yes")),
                "claims[0].check_worthy is \"yes\": it must be true or false");
        refused(edited(l -> l.put("boilerplate", 1)), "boilerplate is 1: it must be true or false");
        refused(edited(l -> l.put("para_index", "1")), "para_index is \"1\":");
        refused(edited(l -> at(l, "entities", 0).put("label", 5)), "entities[0].label is 5: it must be a string");
        refused(edited(l -> l.set("entities", TextNode.valueOf("e1"))), "entities is \"e1\": it must be a list");
    }

    @Test
    void spanIdsAreUniqueWithinALineSoAClaimerCannotMeanTwoEntities() throws Exception {
        // the claim's claimer is e1 (بلينكن); giving the next entity that id too made the claim cite it
        assertThat(at(alice, "claims", 0).get("claimer").asText()).isEqualTo("e1");
        refused(edited(l -> at(l, "entities", 1).put("id", "e1")),
                "entities[1].id is 'e1', as entities[0].id is: span ids must be unique within a line");
        refused(edited(l -> at(l, "claims", 1).put("id", "c1")), "claims[1].id is 'c1', as claims[0].id is");
    }

    @Test
    void aMemberGivenTwiceIsRefusedNamingIt() throws Exception {
        refused(alice.toString().replace("\"label\":\"PERS\"", "\"label\":\"PERS\",\"label\":\"ORG\""),
                "'label' is given twice (entities[0].label)");
    }

    @Test
    void aParagraphGivenOnTwoLinesIsRefusedTheSecondTimeNamingTheFirst() throws Exception {
        String milcoop = at(alice, "stance", 0).get("label").asText();
        assertThat(at(alice, "stance", 0).get("target").asText()).isEqualTo("MILCOOP");
        ObjectNode other = edited(l -> at(l, "stance", 0).put("label", "NEUTRAL"));
        Cli.Result r = importLines(alice.toString(), exported.get(1), other.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains(dir.resolve("in.jsonl") + ":3: paragraph " + alice.get("id").asText()
                + " is given again for erin (first on line 1)")
                .contains("2 paragraphs imported under erin");
        assertThat(erinsLabels()).contains("stance|MILCOOP|" + milcoop + "|").doesNotContain("stance|MILCOOP|NEUTRAL|");
    }

    @Test
    void linesOfDifferentAnnotatorsForOneParagraphAreNotRepeats() throws Exception {
        Path all = new Cli(dir).export("--all-annotators", "--format", "jsonl").resolve("master.jsonl");
        Cli.Result r = new Cli(dir).run("import-annotations", all.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("0 lines refused");
    }

    @Test
    void theSameSpanTwiceOnALineIsStoredOnceAndTheSummarySaysSo() throws Exception {
        ObjectNode twice = edited(l -> ((ArrayNode) l.get("entities")).add(at(l, "entities", 0).deepCopy().put("id", "e9")));
        Cli.Result r = importLines(twice.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode e0 = alice.get("entities").get(0);
        assertThat(r.out()).contains(dir.resolve("in.jsonl") + ":1: the line gives entity PERS [" + e0.get("start")
                + ", " + e0.get("end") + ") twice; the same label is stored once")
                .contains("1 repeated span(s) not stored twice");
        assertThat(erinsLabels()).hasSize(7).containsOnlyOnce("span|" + e0.get("start") + "|" + e0.get("end") + "|PERS");
    }

    @Test
    void aLineThatIsNotUtf8IsRefusedAndTheLinesAfterItImport() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((alice.toString() + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] bad = (exported.get(1) + "\n").getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 5] = (byte) 0xFF;
        bytes.writeBytes(bad);
        bytes.writeBytes((exported.get(2) + "\n").getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("in.jsonl"), bytes.toByteArray());
        Cli.Result r = new Cli(dir).run("import-annotations", file.toString(), "--as", "erin");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(file + ":2: not valid UTF-8: byte 0xFF")
                .contains("2 paragraphs imported under erin").contains("1 lines refused");
    }
}
