package org.newsgraph.extract.corenlp;

import org.junit.jupiter.api.Test;
import org.newsgraph.error.NewsGraphException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void shippedModelPrefersSayOverWant() {
        CueScorer m = CueScorer.standard();
        assertTrue(m.score(List.of("l=say", "c=ccomp>", "s=name")) > m.score(List.of("l=want", "c=xcomp>", "s=you")));
    }

    @Test
    void shippedModelDistrustsACueInsideAnotherCuesContent() {
        CueScorer m = CueScorer.standard();
        List<String> plain = List.of("l=think", "c=ccomp>", "s=he");
        List<String> nested = List.of("l=think", "c=ccomp>", "s=he", "nested", "l,nested=think");
        assertTrue(m.score(nested) < m.score(plain));
    }

    @Test
    void malformedLineIsRefused() {
        assertThrows(NewsGraphException.class, () -> model("#bias\t0\nl=say 1.0\n"));
    }
}
