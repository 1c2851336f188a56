/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.involvement;

/**
 * The services a council loads. {@code sensitive} services (police, mental health, substance misuse) are shown
 * in detail only to roles with a need (see docs/security.md once access control lands).
 */
public enum Service {
    CHILDRENS_SOCIAL_CARE("Children's social care", false),
    EDUCATION("Education", false),
    EARLY_HELP("Early help", false),
    EARLY_YEARS("Early years", false),
    ADULT_SOCIAL_CARE("Adult social care", false),
    HOUSING("Housing", false),
    POLICE("Police", true),
    YOUTH_OFFENDING("Youth offending", true),
    HEALTH_VISITOR("Health visiting", false),
    GP("GP", false),
    ADULT_MENTAL_HEALTH("Adult mental health", true),
    DRUG_AND_ALCOHOL("Drug and alcohol support", true),
    YOUNG_CARERS("Young carers", false),
    PROBATION("Probation", true);

    private final String label;
    private final boolean sensitive;

    Service(String label, boolean sensitive) {
        this.label = label;
        this.sensitive = sensitive;
    }

    public String label() {
        return label;
    }

    public boolean sensitive() {
        return sensitive;
    }
}
