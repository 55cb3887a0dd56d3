package org.newsgraph.extract.corenlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** PolNeAR-style BRAT gold attributions, read as {@code score_attribution.py} reads them (for {@link CueModelTrainer}). */
final class AttributionGold {
    private AttributionGold() {
    }

    /** One gold attribution: its cue, source and content spans (each possibly empty). */
    record Gold(List<int[]> cue, List<int[]> source, List<int[]> content) {
    }

    /** Gold attributions per article (first annotator file by name, as the scorer does). */
    static Map<String, List<Gold>> read(Path dir) throws IOException {
        Map<String, List<Gold>> out = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
            files = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String stem = name.substring(0, name.lastIndexOf('_'));
            if (out.containsKey(stem))
                continue;
            Map<String, List<int[]>> spans = new HashMap<>();
            List<Gold> golds = new ArrayList<>();
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (String line : lines) {
                String[] c = line.split("\t");
                if (c.length >= 2 && c[0].startsWith("T") && c[1].contains(" ")) {
                    List<int[]> parts = new ArrayList<>();
                    for (String part : c[1].substring(c[1].indexOf(' ') + 1).split(";")) {
                        String[] be = part.trim().split(" ");
                        parts.add(new int[] {Integer.parseInt(be[0]), Integer.parseInt(be[1])});
                    }
                    spans.put(c[0], parts);
                }
            }
            for (String line : lines) {
                String[] c = line.split("\t");
                if (c.length >= 2 && c[0].startsWith("E")) {
                    Map<String, String> roles = new HashMap<>();
                    for (String r : c[1].split(" "))
                        if (r.contains(":"))
                            roles.put(r.substring(0, r.indexOf(':')), r.substring(r.indexOf(':') + 1));
                    golds.add(new Gold(spans.getOrDefault(roles.getOrDefault("Cue", ""), List.of()),
                            spans.getOrDefault(roles.getOrDefault("Source", ""), List.of()),
                            spans.getOrDefault(roles.getOrDefault("Content", ""), List.of())));
                }
            }
            out.put(stem, golds);
        }
        return out;
    }
}
