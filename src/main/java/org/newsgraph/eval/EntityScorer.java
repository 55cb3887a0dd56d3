package org.newsgraph.eval;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extract.Span;

/**
 * Scores predicted entity mentions against gold exactly as {@code shared/eval/score_entities.py} does.
 * Per document, mentions are keyed by span (the first mention of a span wins); links are compared after
 * percent-decoding and with {@code https://} read as {@code http://}.
 */
public final class EntityScorer {
    private EntityScorer() {
    }

    record TypeLink(String type, String link) {
    }

    /** Scores predicted against gold mentions; documents not in the gold are ignored. */
    public static EntityScore score(List<EntityMention> gold, List<EntityMention> predicted) {
        Map<String, Map<Span, TypeLink>> g = byDoc(gold);
        Map<String, Map<Span, TypeLink>> p = byDoc(predicted);
        int nGold = 0;
        int nPredicted = 0;
        int strict = 0;
        int weak = 0;
        int typed = 0;
        int linkTp = 0;
        int linkP = 0;
        int linkG = 0;
        for (Map.Entry<String, Map<Span, TypeLink>> doc : g.entrySet()) {
            Map<Span, TypeLink> gd = doc.getValue();
            Map<Span, TypeLink> pd = p.getOrDefault(doc.getKey(), Map.of());
            nGold += gd.size();
            nPredicted += pd.size();
            for (Map.Entry<Span, TypeLink> m : gd.entrySet()) {
                TypeLink gt = m.getValue();
                if (!gt.link().isEmpty())
                    linkG++;
                TypeLink pt = pd.get(m.getKey());
                if (pt != null) {
                    strict++;
                    if (pt.type().equals(gt.type()))
                        typed++;
                    if (!gt.link().isEmpty() && pt.link().equals(gt.link()))
                        linkTp++;
                }
            }
            for (Map.Entry<Span, TypeLink> m : pd.entrySet()) {
                TypeLink gt = gd.get(m.getKey());
                if (!m.getValue().link().isEmpty() && gt != null && !gt.link().isEmpty())
                    linkP++;
            }
            weak += weakMatches(gd.keySet(), pd.keySet());
        }
        return new EntityScore(g.size(), nGold, nPredicted, Prf.of(strict, nPredicted, nGold), Prf.of(weak, nPredicted, nGold),
                Prf.of(typed, nPredicted, nGold), Prf.of(linkTp, linkP, linkG));
    }

    /** Each gold span in order takes the first unused overlapping predicted span in order. */
    private static int weakMatches(Set<Span> gold, Set<Span> predicted) {
        List<Span> gs = new ArrayList<>(gold);
        List<Span> ps = new ArrayList<>(predicted);
        gs.sort(null);
        ps.sort(null);
        Set<Span> used = new HashSet<>();
        int matches = 0;
        for (Span g : gs)
            for (Span p : ps)
                if (!used.contains(p) && p.begin() < g.end() && g.begin() < p.end()) {
                    used.add(p);
                    matches++;
                    break;
                }
        return matches;
    }

    private static Map<String, Map<Span, TypeLink>> byDoc(List<EntityMention> mentions) {
        Map<String, Map<Span, TypeLink>> out = new LinkedHashMap<>();
        for (EntityMention m : mentions)
            out.computeIfAbsent(m.doc(), d -> new LinkedHashMap<>()).putIfAbsent(new Span(m.begin(), m.end()),
                    new TypeLink(m.type(), normalLink(m.link())));
        return out;
    }

    /** Python's {@code unquote(link).replace('https://', 'http://')}. */
    static String normalLink(String link) {
        return link.isEmpty() ? "" : unquote(link).replace("https://", "http://");
    }

    /** Percent-decoding as Python's urllib.parse.unquote: runs of %XX bytes read as UTF-8, bad bytes replaced. */
    static String unquote(String s) {
        if (s.indexOf('%') < 0)
            return s;
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
                continue;
            }
            flush(bytes, out);
            out.append(s.charAt(i));
            i++;
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() == 0)
            return;
        try {
            out.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes.toByteArray())));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("replacing decoder refused bytes", e);
        }
        bytes.reset();
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128 ? Character.digit(c, 16) : -1;
    }
}
