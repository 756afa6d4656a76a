package dev.nudge.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys a header or block may have: which are required and which may repeat. Checking fields against it reports
 * unknown keys (with a suggestion), missing ones and repeated ones, and gives the values by key.
 */
public final class FieldSchema {
    private final String where;
    private final Set<String> required;
    private final Set<String> optional;
    private final Set<String> repeatable;

    public FieldSchema(String where, Set<String> required, Set<String> optional, Set<String> repeatable) {
        this.where = where;
        this.required = required;
        this.optional = optional;
        this.repeatable = repeatable;
    }

    /** The fields by key, after reporting every key that breaks the schema. */
    Values check(List<Field> fields, Path file, SourceText opening, Problems problems) {
        var known = new ArrayList<String>();
        known.addAll(required);
        known.addAll(optional);
        known.addAll(repeatable);
        known.sort(null);
        var byKey = new LinkedHashMap<String, List<Field>>();
        for (var field : fields) {
            if (!known.contains(field.name())) {
                problems.add(file, field.key(), "unknown key \"" + field.name() + "\" in " + where
                        + Suggest.didYouMean(field.name(), known) + "; known keys: " + String.join(", ", known));
                continue;
            }
            var same = byKey.computeIfAbsent(field.name(), k -> new ArrayList<>());
            if (!same.isEmpty() && !repeatable.contains(field.name())) {
                problems.add(file, field.key(), "\"" + field.name() + "\" is given twice in " + where
                        + " (first on line " + same.get(0).key().line() + ")");
                continue;
            }
            same.add(field);
        }
        for (var key : required) {
            if (!byKey.containsKey(key)) {
                problems.add(file, opening, where + " needs a \"" + key + ":\" line");
            }
        }
        return new Values(byKey);
    }

    /** The checked fields of one header or block. */
    public static final class Values {
        private final Map<String, List<Field>> byKey;

        Values(Map<String, List<Field>> byKey) {
            this.byKey = byKey;
        }

        public Optional<SourceText> one(String key) {
            var fields = byKey.getOrDefault(key, List.of());
            return fields.isEmpty() ? Optional.empty() : Optional.of(fields.get(0).value());
        }

        public String text(String key) {
            return one(key).map(SourceText::text).orElse("");
        }

        public List<SourceText> all(String key) {
            return byKey.getOrDefault(key, List.of()).stream().map(Field::value).toList();
        }

        public boolean has(String key) {
            return byKey.containsKey(key);
        }
    }
}
