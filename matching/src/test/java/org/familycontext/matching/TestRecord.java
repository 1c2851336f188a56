/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.ArrayList;
import java.util.List;
import org.familycontext.model.record.RecordKey;

/**
 * Builds a synthetic {@link MatchRecord} through {@link MatchRecord#of}, so that tests see the fields normalised
 * as the linker does. Every field not set is missing.
 */
public final class TestRecord {

    private int index;
    private String source = "test";
    private String sourceId = "r0";
    private String forename;
    private String surname;
    private final List<String> previousSurnames = new ArrayList<>();
    private String birthDate;
    private String sex;
    private String postcode;
    private String uprn;
    private String addressLines;
    private String nhsNumber;
    private String upn;
    private String caseId;

    private TestRecord() {}

    public static TestRecord record() {
        return new TestRecord();
    }

    /** A record named as given: "Kate Smith". */
    public static TestRecord named(String forename, String surname) {
        return record().forename(forename).surname(surname);
    }

    public TestRecord index(int index) {
        this.index = index;
        this.sourceId = "r" + index;
        return this;
    }

    public TestRecord key(String source, String sourceId) {
        this.source = source;
        this.sourceId = sourceId;
        return this;
    }

    public TestRecord forename(String forename) {
        this.forename = forename;
        return this;
    }

    public TestRecord surname(String surname) {
        this.surname = surname;
        return this;
    }

    public TestRecord previousSurname(String previous) {
        previousSurnames.add(previous);
        return this;
    }

    public TestRecord born(String birthDate) {
        this.birthDate = birthDate;
        return this;
    }

    public TestRecord sex(String sex) {
        this.sex = sex;
        return this;
    }

    public TestRecord postcode(String postcode) {
        this.postcode = postcode;
        return this;
    }

    public TestRecord uprn(String uprn) {
        this.uprn = uprn;
        return this;
    }

    public TestRecord address(String lines) {
        this.addressLines = lines;
        return this;
    }

    public TestRecord nhsNumber(String nhsNumber) {
        this.nhsNumber = nhsNumber;
        return this;
    }

    public TestRecord upn(String upn) {
        this.upn = upn;
        return this;
    }

    public TestRecord caseId(String caseId) {
        this.caseId = caseId;
        return this;
    }

    public MatchRecord build() {
        return MatchRecord.of(
                index,
                new RecordKey(source, sourceId),
                forename,
                surname,
                previousSurnames,
                birthDate,
                sex,
                postcode,
                uprn,
                addressLines,
                nhsNumber,
                upn,
                caseId);
    }
}
