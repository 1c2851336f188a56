/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.manifest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.familycontext.extract.XmlPath;
import org.familycontext.extract.XmlRowPath;
import org.familycontext.model.involvement.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a manifest and checks all of it before any row is read. Every problem is collected, so that whoever
 * writes a manifest fixes them in one go; each says where it is and what would be right.
 */
public final class ManifestReader {

    private static final Set<String> TOP_KEYS = Set.of("source", "load", "files");
    private static final Set<String> SOURCE_KEYS =
            Set.of("name", "system", "service", "dataCurrentAsOf", "historyYears", "areaCovered", "minAge", "maxAge");
    private static final Set<String> LOAD_KEYS = Set.of("mode", "maxRejectedPercent");
    private static final Set<String> FILE_KEYS =
            Set.of("name", "path", "format", "rows", "encoding", "delimiter", "quote", "headerAliases", "fields");
    private static final Set<String> RULE_KEYS = Set.of(
            "column", "columns", "join", "template", "constant", "dateFormats", "values", "order", "required", "type");
    /** What each key of a delimited file means nothing for in an XML file, and why. */
    private static final Map<String, String> NOT_FOR_XML = Map.of(
            "encoding", "an XML file says its own encoding in its XML declaration",
            "delimiter", "an XML file has no delimiter",
            "quote", "an XML file has no quoting",
            "headerAliases", "an XML file has no header; name elements by their paths");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> DETAIL_TYPES = Set.of("text", "number", "percent", "date");

    private final List<String> problems = new ArrayList<>();

    private ManifestReader() {}

    /** @throws ManifestException listing every problem found */
    /**
     * The manifests in a folder and its subfolders (a council's extracts, one folder per source), by path.
     */
    public static List<Path> findIn(Path folder) {
        try (var files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".manifest.yaml"))
                    .sorted()
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    public static Manifest read(Path location) {
        return new ManifestReader().parse(location);
    }

    private Manifest parse(Path location) {
        Map<String, Object> root;
        try {
            if (!Files.isRegularFile(location)) {
                throw new ManifestException(location, List.of("no such file"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = new YAMLMapper().readValue(location.toFile(), Map.class);
            root = parsed;
        } catch (JacksonException e) {
            throw new ManifestException(location, List.of("not valid YAML: " + e.getOriginalMessage() + locationOf(e)));
        }
        if (root == null) {
            throw new ManifestException(location, List.of("the file is empty"));
        }
        var folder = location.toAbsolutePath().getParent();
        unknownKeys("", root, TOP_KEYS);
        var source = source(map(root, "source", true));
        var load = map(root, "load", false);
        unknownKeys("load.", load, LOAD_KEYS);
        var mode = Manifest.LoadMode.SNAPSHOT;
        var modeText = text(load, "mode", "load.mode", false);
        if (modeText != null) {
            switch (modeText) {
                case "snapshot" -> mode = Manifest.LoadMode.SNAPSHOT;
                case "delta" -> mode = Manifest.LoadMode.DELTA;
                default -> problems.add("load.mode: '" + modeText + "' is not a mode; use snapshot or delta");
            }
        }
        double maxRejected = 1.0;
        if (load.get("maxRejectedPercent") instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 100) {
            maxRejected = n.doubleValue();
        } else if (load.containsKey("maxRejectedPercent")) {
            problems.add("load.maxRejectedPercent: must be a number from 0 to 100");
        }
        var files = files(root.get("files"), folder);
        if (!problems.isEmpty()) {
            throw new ManifestException(location, problems);
        }
        return new Manifest(location, folder, source, mode, maxRejected, files);
    }

    private Manifest.SourceInfo source(Map<String, Object> source) {
        unknownKeys("source.", source, SOURCE_KEYS);
        var name = text(source, "name", "source.name", true);
        if (name != null && !name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            problems.add("source.name: '" + name + "' must be lower-case letters, digits and '-' (at most 40)");
        }
        var service = text(source, "service", "source.service", true);
        if (service != null && !isService(service)) {
            problems.add("source.service: '" + service + "' is not a service; use one of " + List.of(Service.values()));
        }
        var asOf = text(source, "dataCurrentAsOf", "source.dataCurrentAsOf", true);
        if (asOf != null) {
            try {
                LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                problems.add("source.dataCurrentAsOf: '" + asOf + "' is not a date as yyyy-MM-dd");
            }
        }
        return new Manifest.SourceInfo(
                name,
                text(source, "system", "source.system", true),
                service,
                asOf,
                wholeNumber(source, "historyYears"),
                text(source, "areaCovered", "source.areaCovered", false),
                wholeNumber(source, "minAge"),
                wholeNumber(source, "maxAge"));
    }

    private List<FileSpec> files(Object value, Path folder) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            problems.add("files: list at least one file");
            return List.of();
        }
        var files = new ArrayList<FileSpec>();
        var names = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            var where = "files[" + (i + 1) + "]";
            if (!(list.get(i) instanceof Map<?, ?> raw)) {
                problems.add(where + ": must be a mapping with name, path and fields");
                continue;
            }
            @SuppressWarnings("unchecked")
            var file = (Map<String, Object>) raw;
            var name = text(file, "name", where + ".name", true);
            if (name != null) {
                where = "files[" + name + "]";
                if (!names.add(name)) {
                    problems.add(where + ": another file has the same name");
                }
            }
            unknownKeys(where + ".", file, FILE_KEYS);
            var pathText = text(file, "path", where + ".path", true);
            Path path = null;
            if (pathText != null) {
                path = folder.resolve(pathText).normalize();
                if (!Files.isRegularFile(path)) {
                    problems.add(where + ".path: no file at " + path);
                }
            }
            var format = format(text(file, "format", where + ".format", false), where);
            var rows = format == FileSpec.Format.XML ? rows(file, where) : null;
            if (format == FileSpec.Format.CSV && file.containsKey("rows")) {
                problems.add(where + ".rows: only an XML file has rows to name (is format: xml missing?); a"
                        + " delimited file's rows are its lines");
            }
            var charset = charset(text(file, "encoding", where + ".encoding", false), where);
            var delimiter = singleChar(file, "delimiter", ',', where);
            var quote = singleChar(file, "quote", '"', where);
            var aliases = aliases(map(file, "headerAliases", false), where);
            var fields = fields(map(file, "fields", true), where);
            if (format == FileSpec.Format.XML) {
                elementPaths(rows, fields, where);
            }
            files.add(new FileSpec(name, path, format, charset, delimiter, quote, aliases, rows, fields));
        }
        return files;
    }

    private FileSpec.Format format(String format, String where) {
        if (format == null || format.equalsIgnoreCase("csv")) {
            return FileSpec.Format.CSV;
        }
        if (format.equalsIgnoreCase("xml")) {
            return FileSpec.Format.XML;
        }
        problems.add(where + ".format: '" + format + "' is not a format; use csv (the default) or xml");
        return FileSpec.Format.CSV;
    }

    /** An XML file's rows, and the keys of a delimited file that it must not have. */
    private XmlRowPath rows(Map<String, Object> file, String where) {
        NOT_FOR_XML.forEach((key, why) -> {
            if (file.containsKey(key)) {
                problems.add(where + "." + key + ": means nothing for an XML file (" + why + "); remove it");
            }
        });
        var rows = text(file, "rows", where + ".rows", false);
        if (rows == null) {
            problems.add(where + ".rows: missing: an XML file names the element that is one row, as a path from"
                    + " the root (CTfile/CTFpupilData/Pupil)");
            return null;
        }
        try {
            return XmlRowPath.parse(rows);
        } catch (IllegalArgumentException e) {
            problems.add(where + ".rows: " + e.getMessage());
            return null;
        }
    }

    /** Every column of an XML file's fields is an element path that can be followed from its rows. */
    private void elementPaths(XmlRowPath rows, Map<String, FieldRule> fields, String fileWhere) {
        // Columns are matched ignoring case (as headers are): two paths that differ only so would read one value.
        var byLowerCase = new HashMap<String, String>();
        fields.forEach((field, rule) -> {
            for (var column : rule.columns()) {
                var where = fileWhere + ".fields." + field;
                try {
                    var path = XmlPath.parse(column);
                    if (rows != null && !path.absolute() && path.climbs() >= rows.depth()) {
                        problems.add(where + ": '" + column + "' climbs above the document's root element <"
                                + rows.root() + ">");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                }
                var other = byLowerCase.putIfAbsent(column.toLowerCase(java.util.Locale.ROOT), column);
                if (other != null && !other.equals(column)) {
                    problems.add(where + ": '" + column + "' and '" + other
                            + "' differ only in letter case; XML names are case-sensitive, so one is misspelt");
                }
            }
        });
    }

    private LinkedHashMap<String, FieldRule> fields(Map<String, Object> fields, String fileWhere) {
        var rules = new LinkedHashMap<String, FieldRule>();
        if (fields.isEmpty()) {
            problems.add(fileWhere + ".fields: map at least one field");
        }
        for (var entry : fields.entrySet()) {
            var field = entry.getKey();
            var where = fileWhere + ".fields." + field;
            if (!ExtractFields.isKnown(field)) {
                problems.add(where + ": not a field of the common extract schema (see docs/data-schema.md)");
                continue;
            }
            if (!(entry.getValue() instanceof Map<?, ?> raw)) {
                problems.add(where + ": must be a mapping such as { column: NAME }");
                continue;
            }
            @SuppressWarnings("unchecked")
            var rule = (Map<String, Object>) raw;
            unknownKeys(where + ".", rule, RULE_KEYS);
            rules.put(field, rule(field, rule, where));
        }
        var mapped = rules.keySet();
        requireKeys(mapped, fileWhere);
        return rules;
    }

    private FieldRule rule(String field, Map<String, Object> rule, String where) {
        var columns = new ArrayList<String>();
        var column = text(rule, "column", where + ".column", false);
        if (column != null) {
            columns.add(column);
        }
        if (rule.get("columns") instanceof List<?> many) {
            many.forEach(c -> columns.add(String.valueOf(c)));
        } else if (rule.containsKey("columns")) {
            problems.add(where + ".columns: must be a list of column names");
        }
        var constant = rule.containsKey("constant") ? String.valueOf(rule.get("constant")) : null;
        var template = text(rule, "template", where + ".template", false);
        if (template != null) {
            columns.addAll(placeholders(template, where));
        }
        int sources = (column != null ? 1 : 0)
                + (rule.containsKey("columns") ? 1 : 0)
                + (template != null ? 1 : 0)
                + (constant != null ? 1 : 0);
        if (sources != 1) {
            problems.add(where + ": give either column, columns, template, or constant (one of them)");
        }
        var formats = new ArrayList<String>();
        if (rule.get("dateFormats") instanceof List<?> list) {
            for (var f : list) {
                try {
                    DateTimeFormatter.ofPattern(String.valueOf(f));
                    formats.add(String.valueOf(f));
                } catch (IllegalArgumentException e) {
                    problems.add(where + ".dateFormats: '" + f + "' is not a date pattern (e.g. dd/MM/yyyy)");
                }
            }
        } else if (rule.containsKey("dateFormats")) {
            problems.add(where + ".dateFormats: must be a list such as [dd/MM/yyyy, yyyy-MM-dd]");
        }
        var isDate = ExtractFields.isDate(field) || "date".equals(rule.get("type"));
        if (isDate && formats.isEmpty()) {
            formats.add("yyyy-MM-dd");
        }
        if (!isDate && !formats.isEmpty()) {
            problems.add(where + ".dateFormats: " + field + " is not a date field");
        }
        Map<String, String> values = null;
        if (rule.get("values") instanceof Map<?, ?> map) {
            values = new LinkedHashMap<>();
            for (var e : map.entrySet()) {
                values.put(
                        e.getKey() == null ? "" : String.valueOf(e.getKey()),
                        e.getValue() == null ? "" : String.valueOf(e.getValue()));
            }
        } else if (rule.containsKey("values")) {
            problems.add(where + ".values: must be a mapping of codes to values");
        }
        var order = text(rule, "order", where + ".order", false);
        if ("record.fullName".equals(field)) {
            if (!"forename-first".equals(order) && !"surname-first".equals(order)) {
                problems.add(where + ".order: say forename-first or surname-first");
            }
        } else if (order != null) {
            problems.add(where + ".order: only record.fullName has an order");
        }
        var type = text(rule, "type", where + ".type", false);
        if (type != null && !(field.startsWith(ExtractFields.DETAIL_PREFIX) && DETAIL_TYPES.contains(type))) {
            problems.add(where + ".type: only involvement.detail.* fields take a type, one of " + DETAIL_TYPES);
        }
        var join = join(rule, columns.size(), where);
        var required = Boolean.TRUE.equals(rule.get("required"));
        return new FieldRule(
                List.copyOf(columns), join, template, constant, List.copyOf(formats), values, order, required, type);
    }

    /** The columns a template names, in order, each once. */
    private List<String> placeholders(String template, String where) {
        var names = new ArrayList<String>();
        var matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            var name = matcher.group(1).strip();
            if (name.isEmpty()) {
                problems.add(where + ".template: '{}' names no column");
            } else if (!names.contains(name)) {
                names.add(name);
            }
        }
        var outside = PLACEHOLDER.matcher(template).replaceAll("");
        if (outside.contains("{") || outside.contains("}")) {
            problems.add(where + ".template: a '{' or '}' without its partner; write columns as {NAME}");
        } else if (names.isEmpty()) {
            problems.add(where + ".template: name at least one column as {NAME} (for fixed text use constant)");
        }
        return names;
    }

    /** One separator for every gap, or (a list) one per gap between the columns, in order. */
    private List<String> join(Map<String, Object> rule, int columns, String where) {
        var join = rule.get("join");
        if (join == null) {
            return List.of(" ");
        }
        if (rule.containsKey("template") || rule.containsKey("constant")) {
            problems.add(where + ".join: only columns are joined");
        }
        if (join instanceof List<?> list) {
            if (list.size() != Math.max(1, columns - 1)) {
                problems.add(where + ".join: give one separator, or one for each of the " + Math.max(1, columns - 1)
                        + " gap(s) between the columns");
                return List.of(" ");
            }
            return list.stream().map(j -> j == null ? "" : String.valueOf(j)).toList();
        }
        return List.of(String.valueOf(join));
    }

    /** What each kind of row cannot do without. */
    private void requireKeys(Set<String> mapped, String where) {
        boolean record = mapped.stream().anyMatch(f -> f.startsWith("record."));
        if (record && !mapped.contains("record.sourceId")) {
            problems.add(where + ".fields: record.* fields need record.sourceId");
        }
        if (record
                && mapped.contains("record.fullName")
                && (mapped.contains("record.forename") || mapped.contains("record.surname"))) {
            problems.add(where + ".fields: map record.fullName or record.forename/surname, not both");
        }
        for (var entity : List.of("address", "involvement")) {
            boolean maps = mapped.stream().anyMatch(f -> f.startsWith(entity + ".") && !f.equals(entity + ".recordId"));
            if (maps && !record && !mapped.contains(entity + ".recordId")) {
                problems.add(where + ".fields: " + entity + ".* fields in a file without record.* need " + entity
                        + ".recordId");
            }
        }
        boolean relationship = mapped.stream().anyMatch(f -> f.startsWith("relationship."));
        if (relationship) {
            for (var needed : List.of("relationship.from", "relationship.to", "relationship.type")) {
                if (!mapped.contains(needed)) {
                    problems.add(where + ".fields: relationship.* fields need " + needed);
                }
            }
        }
    }

    private Map<String, List<String>> aliases(Map<String, Object> raw, String where) {
        var aliases = new LinkedHashMap<String, List<String>>();
        raw.forEach((column, value) -> {
            if (value instanceof List<?> list) {
                aliases.put(column, list.stream().map(String::valueOf).toList());
            } else if (value instanceof String single) {
                aliases.put(column, List.of(single));
            } else {
                problems.add(where + ".headerAliases." + column + ": must be a list of other spellings");
            }
        });
        return aliases;
    }

    private Charset charset(String encoding, String where) {
        if (encoding == null) {
            return StandardCharsets.UTF_8;
        }
        return switch (encoding.toUpperCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "UTF-8", "UTF8", "UTF-8-BOM" -> StandardCharsets.UTF_8;
            case "WINDOWS-1252", "CP1252" -> Charset.forName("windows-1252");
            case "ISO-8859-1", "LATIN-1" -> StandardCharsets.ISO_8859_1;
            default -> {
                problems.add(
                        where + ".encoding: '" + encoding + "' is not supported; use UTF-8, UTF-8-BOM or windows-1252");
                yield StandardCharsets.UTF_8;
            }
        };
    }

    private char singleChar(Map<String, Object> file, String key, char fallback, String where) {
        var value = file.get(key);
        if (value == null) {
            return fallback;
        }
        var text = String.valueOf(value).replace("\\t", "\t");
        if (text.length() != 1) {
            problems.add(where + "." + key + ": must be one character (\"\\t\" for tab)");
            return fallback;
        }
        return text.charAt(0);
    }

    private void unknownKeys(String where, Map<String, Object> map, Set<String> allowed) {
        for (var key : map.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(where + key + ": unknown key; expected one of "
                        + allowed.stream().sorted().toList());
            }
        }
    }

    private Map<String, Object> map(Map<String, Object> parent, String key, boolean required) {
        var value = parent.get(key);
        if (value instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            var typed = (Map<String, Object>) m;
            return typed;
        }
        if (value != null || required) {
            problems.add(key + ": " + (value == null ? "missing" : "must be a mapping"));
        }
        return Map.of();
    }

    private String text(Map<String, Object> map, String key, String where, boolean required) {
        var value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            if (required) {
                problems.add(where + ": missing");
            }
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            problems.add(where + ": must be a single value");
            return null;
        }
        return String.valueOf(value).strip();
    }

    private Integer wholeNumber(Map<String, Object> map, String key) {
        var value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer n && n >= 0) {
            return n;
        }
        problems.add("source." + key + ": must be a whole number of 0 or more");
        return null;
    }

    private static boolean isService(String service) {
        for (var s : Service.values()) {
            if (s.name().equals(service)) {
                return true;
            }
        }
        return false;
    }

    private static String locationOf(JacksonException e) {
        var location = e.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
