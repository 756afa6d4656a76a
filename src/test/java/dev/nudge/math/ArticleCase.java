package dev.nudge.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One block of {@code article.cases}: an equation or figure of the article and what it must give. */
record ArticleCase(String name, Map<String, List<String>> fields) {
    static List<ArticleCase> readAll(String text) {
        List<ArticleCase> cases = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (String line : block.split("\\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(": ");
                fields.computeIfAbsent(line.substring(0, colon), key -> new ArrayList<>()).add(line.substring(colon + 2));
            }
            if (fields.containsKey("case")) {
                cases.add(new ArticleCase(fields.get("case").get(0), fields));
            }
        }
        return cases;
    }

    String one(String key) {
        List<String> values = fields.getOrDefault(key, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    List<String> all(String key) {
        return fields.getOrDefault(key, List.of());
    }

    /** The comma-separated items of {@code key}. */
    List<String> items(String key) {
        String value = one(key);
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    Definitions definitions() {
        Definitions definitions = Definitions.none();
        for (String definition : all("define")) {
            definitions = definitions.define(definition);
        }
        return definitions;
    }

    Map<String, Rational> values() {
        Map<String, Rational> values = new LinkedHashMap<>();
        for (String item : items("at")) {
            String[] nameAndValue = item.split("=");
            values.put(((Var) Parser.parse(nameAndValue[0])).name(),
                    Algebra.evaluate(Parser.parse(nameAndValue[1]), Definitions.none(), Map.of()));
        }
        return values;
    }
}
