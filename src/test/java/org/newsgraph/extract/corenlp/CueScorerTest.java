package org.newsgraph.extract.corenlp;

import org.junit.jupiter.api.Test;
import org.newsgraph.error.NewsGraphException;
import org.newsgraph.extract.CodePoints;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CueScorerTest {
    private static CueScorer model(String text) throws Exception {
        return CueScorer.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void scoreIsTheLogisticOfBiasPlusWeights() throws Exception {
        CueScorer m = model("# a model\n#bias\t-1.0\n#threshold\t0.5\nl=say\t3.0\ns=you\t-2.0\n");
        assertEquals(1 / (1 + Math.exp(1.0)), m.score(List.of()), 1e-9);
        assertEquals(1 / (1 + Math.exp(-2.0)), m.score(List.of("l=say")), 1e-9);
        assertEquals(1 / (1 + Math.exp(-0.0)), m.score(List.of("l=say", "s=you", "unknown")), 1e-9);
    }

    @Test
    void treesAddTheLeafEachCandidateReaches() throws Exception {
        // tree 0: "l=say"? then "nested"? (-3 : 2) else -1; tree 1: a single leaf of 0.5
        CueScorer m = model("#bias\t0.0\n#threshold\t0.5\n"
                + "tree\t0\t0\tl=say\t1\t4\ntree\t0\t1\tnested\t2\t3\nleaf\t0\t2\t-3.0\nleaf\t0\t3\t2.0\nleaf\t0\t4\t-1.0\n"
                + "leaf\t1\t0\t0.5\n");
        assertEquals(1 / (1 + Math.exp(-2.5)), m.score(List.of("l=say")), 1e-9);
        assertEquals(1 / (1 + Math.exp(2.5)), m.score(List.of("l=say", "nested")), 1e-9);
        assertEquals(1 / (1 + Math.exp(0.5)), m.score(List.of("l=want")), 1e-9);
    }

    @Test
    void weightsAndTreesAddUp() throws Exception {
        CueScorer m = model("#bias\t0.25\nl=say\t1.0\ntree\t0\t0\tl=say\t1\t2\nleaf\t0\t1\t0.5\nleaf\t0\t2\t0\n");
        assertEquals(1 / (1 + Math.exp(-1.75)), m.score(List.of("l=say")), 1e-9);
    }

    @Test
    void shippedModelPrefersSayOverWant() {
        CueScorer m = CueScorer.standard();
        assertTrue(m.score(List.of("l=say", "c=ccomp>", "s=name", "org=verb", "d=0")) > m.score(List.of("l=want", "c=xcomp>", "s=you", "org=verb", "d=0")));
    }

    @Test
    void shippedModelDistrustsACueInsideAnotherCuesContent() {
        CueScorer m = CueScorer.standard();
        List<String> plain = List.of("l=think", "c=ccomp>", "s=he", "org=verb", "d=0", "out=-", "in=0", "k=1");
        List<String> nested = List.of("l=think", "c=ccomp>", "s=he", "org=verb", "nested", "l,nested=think", "d=1", "out=say",
                "l,out=think,say", "in=0", "k=2");
        assertTrue(m.score(nested) < m.score(plain));
    }

    @Test
    void malformedLineIsRefused() {
        assertThrows(NewsGraphException.class, () -> model("#bias\t0\nl=say 1.0\n"));
        assertThrows(NewsGraphException.class, () -> model("#bias\tmuch\n"));
    }

    @Test
    void treeNodePointingBackIsRefused() {
        assertThrows(NewsGraphException.class, () -> model("tree\t0\t0\tl=say\t1\t0\nleaf\t0\t1\t1.0\n"));
        assertThrows(NewsGraphException.class, () -> model("tree\t0\t0\tl=say\t1\t5\nleaf\t0\t1\t1.0\nleaf\t0\t2\t1.0\n"));
    }

    @Test
    void secondPassAddsItsOwnWeightsOverTheNeighboursFeatures() throws Exception {
        CueScorer m = model("#bias\t0.0\n#threshold\t0.5\nl=say\t3.0\n#bias2\t-1.0\n2|l=say\t1.0\n2|hp=4\t2.5\n");
        assertTrue(m.twoPass());
        assertFalse(model("#bias\t0.0\nl=say\t3.0\n").twoPass());
        // the first pass ignores the second pass's weights, and the second the first's
        assertEquals(1 / (1 + Math.exp(-3.0)), m.score(List.of("l=say", "hp=4")), 1e-9);
        assertEquals(1 / (1 + Math.exp(-2.5)), m.secondScore(List.of("l=say"), List.of("hp=4")), 1e-9);
        assertEquals(1 / (1 + Math.exp(1.0)), m.secondScore(List.of("l=want"), List.of("hp=1")), 1e-9);
    }

    @Test
    void neighbourFeaturesGiveTheFirstScoresOfHolderGovernorAndOthersInFifths() {
        // candidate 1 sits in candidate 0's content, governs candidate 2 and holds candidate 3 in its own content
        CueNeighbours n = new CueNeighbours(0, List.of(3), -1, List.of(2), List.of(0, 2, 3));
        List<String> f = n.features("think", "say", "belief", new double[] {0.93, 0.5, 0.15, 0.41});
        assertTrue(f.containsAll(List.of("hp=4", "l,hp=think,4", "out,hp=say,4", "act,hp=belief,4", "ip=2", "dp=0",
                "l,dp=think,0", "op=4")), f::toString);
        assertFalse(f.stream().anyMatch(x -> x.startsWith("gp=")), f::toString);
        assertTrue(CueNeighbours.NONE.features("say", "-", "statement", new double[] {0.7}).isEmpty());
        assertEquals(List.of(3, 12), CueNeighbours.read(CueNeighbours.write(List.of(3, 12))));
        assertEquals(List.of(), CueNeighbours.read(CueNeighbours.write(List.of())));
    }

    /** The features the claim finder hands the model, per cue lemma, for one text (CoreNLP models needed). */
    private static List<CueScorer.Candidate> candidates(String text) {
        List<CueScorer.Candidate> out = new ArrayList<>();
        new ClaimFinder(CueLexicon.standard(), CueScorer.recording(out::add))
                .find(ParsedClaims.parse(text), text, new CodePoints(text), EntityLookup.NONE);
        return out;
    }

    private static List<String> featuresOf(List<CueScorer.Candidate> candidates, String text, String cue) {
        return candidates.stream().filter(c -> c.cue().of(text).equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate with cue '" + cue + "' in: " + text)).features();
    }

    @Test
    void finderTellsTheModelWhichCueHoldsANestedOne() {
        String text = "The senator said that the mayor believes the budget is too small.";
        List<CueScorer.Candidate> found = candidates(text);
        List<String> said = featuresOf(found, text, "said"), believes = featuresOf(found, text, "believes");
        assertTrue(believes.containsAll(List.of("nested", "d=1", "out=say", "l,out=believe,say", "k=2")), believes::toString);
        assertTrue(said.containsAll(List.of("d=0", "out=-", "in=1", "k=2", "org=verb", "p-first")), said::toString);
        assertFalse(said.contains("nested"), said::toString);
    }

    @Test
    void finderTellsTheModelAboutQuotesAndInterviewTurns() {
        String text = "SMITH: Voters want change, he said.\n\n\u201cWe will win,\u201d the governor said.";
        List<CueScorer.Candidate> found = candidates(text);
        int second = text.indexOf("the governor");
        List<String> turn = featuresOf(found, text, "said");
        List<String> quoted = found.stream().filter(c -> c.cue().begin() > second).findFirst().orElseThrow().features();
        assertTrue(turn.contains("p-turn"), turn::toString);
        assertTrue(quoted.containsAll(List.of("q", "q-near", "c=quote", "pos=1")), quoted::toString);
        assertFalse(quoted.contains("p-turn"), quoted::toString);
    }

    @Test
    void finderTellsTheModelTheSpeechActAndWhetherTheContentIsAClause() {
        String text = "The senator said that the mayor wants to cut the budget.";
        List<CueScorer.Candidate> found = candidates(text);
        List<String> said = featuresOf(found, text, "said"), wants = featuresOf(found, text, "wants");
        assertTrue(said.containsAll(List.of("act=statement", "cl=clause", "l,cl=say,clause", "sgap=<0", "cgap=0")), said::toString);
        assertTrue(wants.contains("cl=infinitive"), wants::toString);
        assertFalse(wants.contains("act=statement"), wants::toString);
        // "said" holds "wants" in its content; "wants" is said's candidate 1 of 2
        CueScorer.Candidate w = found.stream().filter(c -> c.cue().of(text).equals("wants")).findFirst().orElseThrow();
        assertEquals(0, w.neighbours().holder());
        assertEquals(List.of(0), w.neighbours().others());
        assertEquals(1, w.index());
    }

    @Test
    void secondPassTakesANestedCueOnlyWhenItsHolderIsLikely() {
        String text = "The senator said that the mayor believes the budget is too small.";
        String pass2 = "#bias2\t-2.0\n2|l=say\t4.0\n2|hp=4\t4.0\n#threshold\t0.5\n";
        List<String> likely = cues(readQuietly("#bias\t-1.0\nl=say\t3.0\n" + pass2), text);
        List<String> unlikely = cues(readQuietly("#bias\t-1.0\nl=say\t-3.0\n" + pass2), text);
        assertEquals(List.of("said", "believes"), likely);
        assertEquals(List.of("said"), unlikely);
    }

    private static List<String> cues(CueScorer scorer, String text) {
        return new ClaimFinder(CueLexicon.standard(), scorer).find(ParsedClaims.parse(text), text, new CodePoints(text), EntityLookup.NONE)
                .stream().map(c -> c.cue().orElseThrow().of(text)).toList();
    }

    @Test
    void shippedModelIsAppliedByTheFinder() {
        // the same sentence with a model that accepts nothing and with one that accepts everything
        String text = "The senator said that taxes will rise.";
        CueScorer none = CueScorer.recording(c -> { });
        assertEquals(1, new ClaimFinder(CueLexicon.standard(), none)
                .find(ParsedClaims.parse(text), text, new CodePoints(text), EntityLookup.NONE).size());
        CueScorer never = readQuietly("#bias\t-50\n#threshold\t0.5\n");
        assertEquals(0, new ClaimFinder(CueLexicon.standard(), never)
                .find(ParsedClaims.parse(text), text, new CodePoints(text), EntityLookup.NONE).size());
    }

    private static CueScorer readQuietly(String text) {
        try {
            return model(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
