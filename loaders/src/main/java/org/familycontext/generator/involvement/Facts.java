/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.involvement;

/** Fact keys of the services other than children's social care (see {@code CareCodes} for that). */
public final class Facts {

    public static final String PRACTICE = "Practice";
    public static final String PRACTICE_CODE = "practiceCode";
    public static final String PRACTICE_PHONE = "practicePhone";
    public static final String MISSED_APPOINTMENTS = "Missed appointments (12 months)";
    public static final String SERVICE_LEVEL = "Service level";
    public static final String SCHOOL = "School";
    public static final String SCHOOL_URN = "schoolUrn";
    public static final String ADMISSION_TYPE = "Admission type";
    public static final String ATTENDANCE = "Attendance";
    public static final String EXCLUSIONS = "Exclusions";
    public static final String SAFEGUARDING_CONTACT = "Safeguarding contact";
    public static final String STATION = "Area or station";
    /** "Offence 1" .. "Offence 3": "date, type, convicted or suspect". */
    public static final String OFFENCE = "Offence ";

    public static final String ORGANISATION = "Organisation";
    public static final String TENANCY = "tenancy";
    public static final String LEAD_TENANT = "leadTenant";
    public static final String PROVIDER = "Provider";
    public static final String ANTI_SOCIAL_BEHAVIOUR = "Anti-social behaviour";
    public static final String RENT_ARREARS = "Rent arrears over 6 weeks";
    public static final String NOTICE_SEEKING_POSSESSION = "Notice seeking possession";
    public static final String EVICTION = "Eviction";
    public static final String TEAM = "Team";
    public static final String CARE_PROGRAMME_APPROACH = "Care programme approach";
    public static final String SUBSTANCE = "Substance";
    public static final String TREATMENT = "Treatment";
    public static final String ORDER = "Order";
    public static final String YOUTH_OFFENCE = "Offence";
    public static final String ASSESSMENT = "Assessment";
    public static final String PLAN = "Plan";
    public static final String CARING_FOR = "Caring for";
    public static final String RISK_LEVEL = "Risk level";

    private Facts() {}
}
