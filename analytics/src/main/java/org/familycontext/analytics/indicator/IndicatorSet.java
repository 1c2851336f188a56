/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.familycontext.model.involvement.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The indicators a build works out, with the two definitions families also need: what makes a child looked after,
 * and what counts as an open case. Read from YAML: the bundled {@value #BUNDLED} unless a council gives its own.
 *
 * @param lookedAfter an involvement that says the person is or was looked after (current: in care now)
 * @param openCases an involvement that counts as an open case while current
 */
public record IndicatorSet(List<Indicator> indicators, Clause lookedAfter, Clause openCases) {

    public static final String BUNDLED = "analytics/indicators.yaml";

    private static final Set<String> SERVICES =
            Arrays.stream(Service.values()).map(Service::name).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> CLAUSE_KEYS =
            Set.of("members", "services", "sources", "status", "reason", "notReason", "detail");
    private static final Set<String> DETAIL_KEYS = Set.of("label", "matches", "below", "atLeast");

    public IndicatorSet {
        indicators = List.copyOf(indicators);
        var names = new HashSet<String>();
        for (var indicator : indicators) {
            if (!names.add(indicator.name())) {
                throw new IllegalArgumentException("indicator " + indicator.name() + " is defined twice");
            }
        }
    }

    /** The bundled Think Family set. */
    public static IndicatorSet bundled() {
        try (var in = IndicatorSet.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the analytics jar");
            }
            return read(in, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A council's own set, from a YAML file laid out as the bundled one. */
    public static IndicatorSet read(Path file) {
        try (var in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read indicators from " + file, e);
        }
    }

    static IndicatorSet read(InputStream in, String where) {
        Map<String, Object> yaml;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = new YAMLMapper().readValue(in, Map.class);
            yaml = parsed;
        } catch (JacksonException e) {
            throw new IllegalArgumentException(where + " is not YAML: " + e.getOriginalMessage(), e);
        }
        try {
            return parse(yaml);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static IndicatorSet parse(Map<String, Object> yaml) {
        if (yaml == null) {
            throw new IllegalArgumentException("empty");
        }
        var indicators = new ArrayList<Indicator>();
        for (var entry : list(yaml.get("indicators"), "indicators")) {
            var map = map(entry, "an indicator");
            var name = text(map, "name", "an indicator");
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("indicator name " + name + " is not lower_snake_case");
            }
            var clauses = new ArrayList<Clause>();
            for (var clause : list(map.get("anyOf"), "anyOf of " + name)) {
                clauses.add(clause(map(clause, "a clause of " + name), name));
            }
            if (clauses.isEmpty()) {
                throw new IllegalArgumentException("indicator " + name + " has no clause");
            }
            indicators.add(new Indicator(
                    name,
                    text(map, "label", name),
                    text(map, "description", name).strip(),
                    clauses));
        }
        return new IndicatorSet(
                indicators,
                clause(map(yaml.get("lookedAfter"), "lookedAfter"), "lookedAfter"),
                clause(map(yaml.get("openCases"), "openCases"), "openCases"));
    }

    private static Clause clause(Map<String, Object> map, String of) {
        for (var key : map.keySet()) {
            if (!CLAUSE_KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key " + key + " in a clause of " + of);
            }
        }
        var services = new LinkedHashSet<String>();
        for (var s : list(map.getOrDefault("services", List.of()), "services of " + of)) {
            var service = String.valueOf(s).trim().toUpperCase(Locale.ROOT);
            if (!SERVICES.contains(service)) {
                throw new IllegalArgumentException("unknown service " + s + " in " + of + "; one of " + SERVICES);
            }
            services.add(service);
        }
        var sources = new LinkedHashSet<String>();
        for (var s : list(map.getOrDefault("sources", List.of()), "sources of " + of)) {
            sources.add(String.valueOf(s).trim());
        }
        var status = String.valueOf(map.getOrDefault("status", "any")).trim().toLowerCase(Locale.ROOT);
        if (!status.equals("any") && !status.equals("current")) {
            throw new IllegalArgumentException("status must be any or current in " + of + ", not " + status);
        }
        DetailCondition detail = null;
        if (map.get("detail") != null) {
            var d = map(map.get("detail"), "detail of " + of);
            for (var key : d.keySet()) {
                if (!DETAIL_KEYS.contains(key)) {
                    throw new IllegalArgumentException("unknown key " + key + " in a detail of " + of);
                }
            }
            detail = new DetailCondition(
                    pattern(text(d, "label", "detail of " + of), of),
                    d.get("matches") == null ? null : pattern(String.valueOf(d.get("matches")), of),
                    number(d.get("below"), of),
                    number(d.get("atLeast"), of));
        }
        return new Clause(
                Members.parse(String.valueOf(map.getOrDefault("members", "any"))),
                services,
                sources,
                status.equals("current"),
                map.get("reason") == null ? null : pattern(String.valueOf(map.get("reason")), of),
                map.get("notReason") == null ? null : pattern(String.valueOf(map.get("notReason")), of),
                detail);
    }

    private static Pattern pattern(String regex, String of) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("not a regular expression in " + of + ": " + regex, e);
        }
    }

    private static Double number(Object value, String of) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("below and atLeast take a number in " + of + ", not " + value);
    }

    private static String text(Map<String, Object> map, String key, String of) {
        var value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException(key + " is missing in " + of);
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException(what + " must be a mapping");
    }

    private static List<?> list(Object value, String what) {
        if (value instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException(what + " must be a list");
    }
}
