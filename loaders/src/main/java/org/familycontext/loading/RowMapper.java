/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.commons.lang3.StringUtils;
import org.familycontext.extract.CsvRow;
import org.familycontext.manifest.ExtractFields;
import org.familycontext.manifest.FieldRule;
import org.familycontext.manifest.FileSpec;
import org.familycontext.manifest.Manifest;
import org.familycontext.model.PartialDate;
import org.familycontext.model.address.AddressKey;
import org.familycontext.model.address.Postcode;
import org.familycontext.model.involvement.InvolvementStatus;
import org.familycontext.model.involvement.Service;
import org.familycontext.model.record.RecordKey;
import org.familycontext.model.record.Sex;
import org.familycontext.model.relationship.FamilyTieType;

/**
 * Turns one row of one file into graph rows, checking every field on the way. A field that makes the row
 * unusable rejects the row; a bad identifier or postcode is dropped and reported while the person is kept,
 * because losing a person over a mistyped NHS number would hide them from the family.
 */
final class RowMapper {

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final FileSpec file;
    private final Manifest.SourceInfo source;
    private final Map<String, Integer> columnIndex;
    private final int columnCount;
    private final Map<String, DateReader> dateReaders = new HashMap<>();
    private final LocalDate today;
    private final boolean mapsRecord;
    private final boolean mapsAddress;
    private final boolean mapsInvolvement;
    private final boolean mapsRelationship;

    /**
     * @param header the file's header cells
     * @throws IllegalArgumentException naming the mapped columns the header lacks
     */
    RowMapper(Manifest manifest, FileSpec file, List<String> header, LocalDate today) {
        this.file = file;
        this.source = manifest.source();
        this.today = today;
        this.columnCount = header.size();
        this.columnIndex = resolveColumns(file, header);
        this.mapsRecord = file.maps("record");
        this.mapsAddress = file.maps("address");
        this.mapsInvolvement = file.maps("involvement");
        this.mapsRelationship = file.maps("relationship");
        file.fields().forEach((field, rule) -> {
            if (!rule.dateFormats().isEmpty()) {
                dateReaders.put(field, new DateReader(rule.dateFormats()));
            }
        });
    }

    private static Map<String, Integer> resolveColumns(FileSpec file, List<String> header) {
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            positions.putIfAbsent(normalise(header.get(i)), i);
        }
        var index = new HashMap<String, Integer>();
        var missing = new ArrayList<String>();
        for (var column : file.columnsUsed()) {
            var spellings = new ArrayList<String>();
            spellings.add(column);
            spellings.addAll(file.headerAliases().getOrDefault(column, List.of()));
            var found = spellings.stream()
                    .map(s -> positions.get(normalise(s)))
                    .filter(java.util.Objects::nonNull)
                    .findFirst();
            if (found.isPresent()) {
                index.put(column, found.get());
            } else {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the header has no column " + String.join(", ", missing)
                    + " (add the file's spelling under headerAliases); it has: " + String.join(", ", header));
        }
        return index;
    }

    private static String normalise(String header) {
        return header.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** The row mapped, or the reason it cannot be loaded. */
    Object map(CsvRow row) {
        if (row.cells().size() != columnCount) {
            return new Rejection(
                    file.name(),
                    row.line(),
                    "row",
                    "expected " + columnCount + " columns as in the header, found "
                            + row.cells().size(),
                    false);
        }
        var dropped = new ArrayList<Rejection>();
        try {
            var record = mapsRecord ? record(row, dropped) : null;
            var recordId = record != null ? record.sourceId() : null;
            var address = mapsAddress ? address(row, recordId, dropped) : null;
            var involvement = mapsInvolvement ? involvement(row, recordId) : null;
            var tie = mapsRelationship ? tie(row) : null;
            return new MappedRow(
                    row.line(), record, address, involvement, tie, dropped, hash(record, address, involvement, tie));
        } catch (FieldProblem problem) {
            return new Rejection(file.name(), row.line(), problem.field(), problem.getMessage(), false);
        }
    }

    private RecordRow record(CsvRow row, List<Rejection> dropped) throws FieldProblem {
        var sourceId = FieldChecks.text("record.sourceId", value(row, "record.sourceId"), 100);
        if (sourceId == null) {
            throw new FieldProblem("record.sourceId", "missing: every record needs the source's ID");
        }
        String forename;
        String middleNames = null;
        String surname;
        if (file.fields().containsKey("record.fullName")) {
            var parts = splitFullName(
                    value(row, "record.fullName"),
                    file.fields().get("record.fullName").nameOrder());
            forename = FieldChecks.name("record.fullName", parts[0]);
            middleNames = FieldChecks.name("record.fullName", parts[1]);
            surname = FieldChecks.name("record.fullName", parts[2]);
        } else {
            forename = FieldChecks.name("record.forename", value(row, "record.forename"));
            middleNames = FieldChecks.name("record.middleNames", value(row, "record.middleNames"));
            surname = FieldChecks.name("record.surname", value(row, "record.surname"));
        }
        // A source that holds no names at all (the SSDA903 return) is matched on its identifiers instead.
        boolean sourceHoldsNames = file.fields().containsKey("record.fullName")
                || file.fields().containsKey("record.forename")
                || file.fields().containsKey("record.surname");
        if (sourceHoldsNames && forename == null && surname == null) {
            throw new FieldProblem("record.surname", "missing: a record needs a surname or a forename");
        }
        var birth = date(row, "record.birthDate");
        if (birth != null && (birth.compareTo(PartialDate.of(today)) > 0 || birth.year() < EARLIEST_BIRTH.getYear())) {
            throw new FieldProblem("record.birthDate", "date of birth is in the future or before 1900");
        }
        var death = date(row, "record.deathDate");
        if (death != null && death.compareTo(PartialDate.of(today)) > 0) {
            throw new FieldProblem("record.deathDate", "date of death is in the future");
        }
        var sex = sex(value(row, "record.sex"));
        var others = new ArrayList<String>();
        for (var field : file.fields().keySet()) {
            if (field.startsWith(ExtractFields.OTHER_IDENTIFIER_PREFIX)) {
                var v = FieldChecks.text(field, value(row, field), 100);
                if (v != null) {
                    others.add(field.substring(ExtractFields.OTHER_IDENTIFIER_PREFIX.length()) + "=" + v);
                }
            }
        }
        return new RecordRow(
                source.name(),
                sourceId,
                forename,
                middleNames,
                surname,
                names("record.aliases", value(row, "record.aliases")),
                names("record.previousSurnames", value(row, "record.previousSurnames")),
                birth == null ? null : birth.toIso(),
                sex.name(),
                FieldChecks.text("record.gender", value(row, "record.gender"), 50),
                droppable(
                        dropped,
                        row,
                        "record.nhsNumber",
                        () -> FieldChecks.nhsNumber("record.nhsNumber", value(row, "record.nhsNumber"))),
                droppable(dropped, row, "record.upn", () -> FieldChecks.upn("record.upn", value(row, "record.upn"))),
                FieldChecks.text("record.caseId", value(row, "record.caseId"), 100),
                others,
                death == null ? null : death.toIso());
    }

    private LivedAtRow address(CsvRow row, String recordId, List<Rejection> dropped) throws FieldProblem {
        var owner =
                recordId != null ? recordId : FieldChecks.text("address.recordId", value(row, "address.recordId"), 100);
        var uprn = droppable(
                dropped, row, "address.uprn", () -> FieldChecks.uprn("address.uprn", value(row, "address.uprn")));
        var lines = FieldChecks.text("address.lines", value(row, "address.lines"), 500);
        var rawPostcode = FieldChecks.text("address.postcode", value(row, "address.postcode"), 20);
        String postcode = null;
        if (rawPostcode != null) {
            postcode = Postcode.normalise(rawPostcode).orElse(null);
            if (postcode == null && !Postcode.isPseudo(rawPostcode)) {
                dropped.add(new Rejection(file.name(), row.line(), "address.postcode", "not a UK postcode", true));
            }
        }
        if (uprn == null && lines == null && postcode == null) {
            return null;
        }
        if (owner == null) {
            throw new FieldProblem("address.recordId", "missing: whose address this is");
        }
        String key;
        try {
            key = AddressKey.of(uprn, lines, postcode);
        } catch (IllegalArgumentException e) {
            throw new FieldProblem("address.lines", "an address needs a UPRN, a first line or a postcode");
        }
        var from = date(row, "address.from");
        var to = date(row, "address.to");
        if (from != null && to != null && to.compareTo(from) < 0) {
            throw new FieldProblem("address.to", "the address ends (" + to + ") before it starts (" + from + ")");
        }
        return new LivedAtRow(
                new RecordKey(source.name(), owner),
                uprn,
                lines,
                postcode,
                from == null ? null : from.toIso(),
                to == null ? null : to.toIso(),
                key);
    }

    private InvolvementRow involvement(CsvRow row, String recordId) throws FieldProblem {
        var owner = recordId != null
                ? recordId
                : FieldChecks.text("involvement.recordId", value(row, "involvement.recordId"), 100);
        if (owner == null) {
            throw new FieldProblem("involvement.recordId", "missing: whose involvement this is");
        }
        var id = FieldChecks.text("involvement.sourceId", value(row, "involvement.sourceId"), 200);
        var start = date(row, "involvement.startDate");
        var end = date(row, "involvement.endDate");
        if (start != null && end != null && end.compareTo(start) < 0) {
            throw new FieldProblem("involvement.endDate", "ends (" + end + ") before it starts (" + start + ")");
        }
        var statusText = value(row, "involvement.status");
        InvolvementStatus status;
        if (StringUtils.isBlank(statusText)) {
            status = end == null ? InvolvementStatus.CURRENT : InvolvementStatus.HISTORIC;
        } else {
            try {
                status = InvolvementStatus.valueOf(statusText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new FieldProblem(
                        "involvement.status", "'" + statusText + "' is not CURRENT or HISTORIC (map it with values)");
            }
        }
        var details = new ArrayList<String>();
        for (var entry : file.fields().entrySet()) {
            if (entry.getKey().startsWith(ExtractFields.DETAIL_PREFIX)) {
                var detail = detail(row, entry.getKey(), entry.getValue());
                if (detail != null) {
                    details.add(entry.getKey().substring(ExtractFields.DETAIL_PREFIX.length()) + "=" + detail);
                }
            }
        }
        var last = date(row, "involvement.lastContact");
        return new InvolvementRow(
                new RecordKey(source.name(), owner),
                id != null ? id : file.name() + ":" + owner,
                Service.valueOf(source.service()),
                status,
                start == null ? null : start.toIso(),
                end == null ? null : end.toIso(),
                last == null ? null : last.toIso(),
                FieldChecks.text("involvement.reason", value(row, "involvement.reason")),
                FieldChecks.text("involvement.team", value(row, "involvement.team"), 200),
                FieldChecks.text("involvement.practitionerName", value(row, "involvement.practitionerName"), 200),
                FieldChecks.text("involvement.practitionerRole", value(row, "involvement.practitionerRole"), 200),
                FieldChecks.text("involvement.practitionerPhone", value(row, "involvement.practitionerPhone"), 50),
                FieldChecks.text("involvement.practitionerEmail", value(row, "involvement.practitionerEmail"), 200),
                details);
    }

    private String detail(CsvRow row, String field, FieldRule rule) throws FieldProblem {
        var v = FieldChecks.text(field, value(row, field), 500);
        if (v == null || rule.type() == null || "text".equals(rule.type())) {
            return v;
        }
        return switch (rule.type()) {
            case "percent" -> {
                var number = parseNumber(field, StringUtils.removeEnd(v, "%").strip());
                if (number < 0 || number > 100) {
                    throw new FieldProblem(field, "a percentage must be from 0 to 100, not " + v);
                }
                yield StringUtils.removeEnd(v, "%").strip() + "%";
            }
            case "number" -> {
                parseNumber(field, v);
                yield v;
            }
            case "date" -> dateReaders.get(field).read(field, v).toIso();
            default -> v;
        };
    }

    private static double parseNumber(String field, String v) throws FieldProblem {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new FieldProblem(field, "'" + v + "' is not a number");
        }
    }

    private TieRow tie(CsvRow row) throws FieldProblem {
        if (saysNoTie(row)) {
            return null;
        }
        var from = FieldChecks.text("relationship.from", value(row, "relationship.from"), 100);
        var to = FieldChecks.text("relationship.to", value(row, "relationship.to"), 100);
        if (from == null || to == null) {
            throw new FieldProblem(
                    from == null ? "relationship.from" : "relationship.to",
                    "missing: a relationship needs both people");
        }
        var type = value(row, "relationship.type");
        if (StringUtils.isBlank(type)) {
            throw new FieldProblem("relationship.type", "missing");
        }
        var parts = type.strip().split(":");
        FamilyTieType tieType;
        try {
            tieType = FamilyTieType.valueOf(parts[0]);
        } catch (IllegalArgumentException e) {
            throw new FieldProblem(
                    "relationship.type",
                    "'" + type + "' is not TYPE:kind with TYPE one of " + Arrays.toString(FamilyTieType.values())
                            + " (map the source's codes with values)");
        }
        var kind = parts.length > 1 ? parts[1] : "unknown";
        if (!tieType.allows(kind)) {
            throw new FieldProblem(
                    "relationship.type", tieType + " has no kind '" + kind + "'; allowed: " + tieType.kinds());
        }
        boolean reversed = parts.length > 2 && "reversed".equals(parts[2]);
        var a = new RecordKey(source.name(), reversed ? to : from);
        var b = new RecordKey(source.name(), reversed ? from : to);
        var fromDate = date(row, "relationship.fromDate");
        var toDate = date(row, "relationship.toDate");
        var responsibility =
                yesOrNo("relationship.parentalResponsibility", value(row, "relationship.parentalResponsibility"));
        return new TieRow(
                tieType,
                kind,
                a,
                b,
                source.name(),
                fromDate == null ? null : fromDate.toIso(),
                toDate == null ? null : toDate.toIso(),
                false,
                null,
                responsibility);
    }

    /** true, false, or null when empty; "true", "yes", "y", "1" and "false", "no", "n", "0" in any case. */
    private static Boolean yesOrNo(String field, String raw) throws FieldProblem {
        if (StringUtils.isBlank(raw)) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> throw new FieldProblem(field, "expected true or false (or yes/no, 1/0)");
        };
    }

    /**
     * Whether the manifest translates this row's relationship code to nothing ({@code DOC: ""}): the source
     * records someone who is no family (a pupil's doctor), so the row's person is loaded without a tie. Only a
     * row with a record may say so; a row of a relationships file that is no relationship is a mistake.
     */
    private boolean saysNoTie(CsvRow row) throws FieldProblem {
        var rule = file.fields().get("relationship.type");
        if (rule.values() == null || rule.isConstant()) {
            return false;
        }
        var translated = translation(rule, untranslated(row, rule));
        if (translated == null || !translated.isEmpty()) {
            return false;
        }
        if (!mapsRecord) {
            throw new FieldProblem(
                    "relationship.type", "the manifest translates this code to nothing, in a file of relationships");
        }
        return true;
    }

    private Sex sex(String value) throws FieldProblem {
        if (StringUtils.isBlank(value)) {
            return Sex.UNKNOWN;
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "FEMALE", "F" -> Sex.FEMALE;
            case "MALE", "M" -> Sex.MALE;
            case "OTHER" -> Sex.OTHER;
            case "UNKNOWN", "U", "NOT KNOWN" -> Sex.UNKNOWN;
            default ->
                throw new FieldProblem(
                        "record.sex", "'" + value + "' is not a sex code this manifest knows (add it to values)");
        };
    }

    private static List<String> names(String field, String value) throws FieldProblem {
        if (StringUtils.isBlank(value)) {
            return List.of();
        }
        var out = new ArrayList<String>();
        for (var part : value.split(";")) {
            var name = FieldChecks.name(field, part);
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }

    /** [forename, middle names, surname] from a full name written either way round. */
    private static String[] splitFullName(String fullName, String order) {
        if (StringUtils.isBlank(fullName)) {
            return new String[3];
        }
        var text = fullName.strip();
        if ("surname-first".equals(order)) {
            String surname;
            String rest;
            if (text.contains(",")) {
                surname = StringUtils.substringBefore(text, ",").strip();
                rest = StringUtils.substringAfter(text, ",").strip();
            } else {
                surname = StringUtils.substringBefore(text, " ");
                rest = StringUtils.substringAfter(text, " ").strip();
            }
            var given = rest.isEmpty() ? new String[0] : rest.split("\\s+");
            return new String[] {
                given.length > 0 ? given[0] : null,
                given.length > 1 ? String.join(" ", Arrays.copyOfRange(given, 1, given.length)) : null,
                surname
            };
        }
        var words = text.split("\\s+");
        if (words.length == 1) {
            return new String[] {null, null, words[0]};
        }
        return new String[] {
            words[0],
            words.length > 2 ? String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1)) : null,
            words[words.length - 1]
        };
    }

    private PartialDate date(CsvRow row, String field) throws FieldProblem {
        var reader = dateReaders.get(field);
        return reader == null ? null : reader.read(field, value(row, field));
    }

    private interface Check {
        String get() throws FieldProblem;
    }

    /** A value that, when unusable, is left out of an otherwise good row and reported. */
    private String droppable(List<Rejection> dropped, CsvRow row, String field, Check check) {
        try {
            return check.get();
        } catch (FieldProblem problem) {
            dropped.add(new Rejection(file.name(), row.line(), field, problem.getMessage() + "; field left out", true));
            return null;
        }
    }

    /** The field's raw value: columns joined or put in their template, or the constant; then translated. */
    private String value(CsvRow row, String field) throws FieldProblem {
        var rule = file.fields().get(field);
        if (rule == null) {
            return null;
        }
        var raw = translate(field, rule, untranslated(row, rule));
        if (rule.required() && raw.isBlank()) {
            throw new FieldProblem(field, "missing: the manifest says this field is required");
        }
        return raw.isEmpty() ? null : raw;
    }

    /** The value as the row holds it, before its code is translated through values. */
    private String untranslated(CsvRow row, FieldRule rule) {
        if (rule.isConstant()) {
            return rule.constant();
        }
        if (rule.template() != null) {
            // Every part or nothing: "UPN-C" without the contact's number would name the pupil instead.
            var filled = rule.template();
            for (var column : rule.columns()) {
                var cell = cell(row, column);
                if (cell.isEmpty()) {
                    return "";
                }
                filled = filled.replace("{" + column + "}", cell);
            }
            return filled;
        }
        var joined = new StringBuilder();
        for (int i = 0; i < rule.columns().size(); i++) {
            var cell = cell(row, rule.columns().get(i));
            if (!cell.isEmpty()) {
                joined.append(joined.isEmpty() ? "" : rule.separatorBefore(i)).append(cell);
            }
        }
        return joined.toString();
    }

    private String cell(CsvRow row, String column) {
        var cell = row.cells().get(columnIndex.get(column));
        return cell == null ? "" : cell.strip();
    }

    private static String translate(String field, FieldRule rule, String raw) throws FieldProblem {
        if (rule.values() == null) {
            return raw;
        }
        var mapped = translation(rule, raw);
        if (mapped == null && !raw.isEmpty()) {
            throw new FieldProblem(field, "code '" + raw + "' is not in the manifest's values for this field");
        }
        return mapped == null ? "" : mapped;
    }

    /** The code's translation (its case ignored when not listed as written), or null when not listed. */
    private static String translation(FieldRule rule, String code) {
        var mapped = rule.values().get(code);
        if (mapped != null) {
            return mapped;
        }
        return rule.values().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(code))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    // Only ever compared with the hash of the same key's previous row, so 64 bits of a fast non-cryptographic
    // hash are plenty: a changed row goes unnoticed with odds of one in 2^64.
    private static long hash(Object... mapped) {
        return MurmurHash3.hash128x64(Arrays.deepToString(mapped).getBytes(StandardCharsets.UTF_8))[0];
    }
}
