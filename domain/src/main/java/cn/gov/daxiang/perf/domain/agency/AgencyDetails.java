package cn.gov.daxiang.perf.domain.agency;

import cn.gov.daxiang.perf.domain.shared.Texts;

/**
 * What finance records of an agency besides its id: its registered name, its unified social credit code (optional),
 * a contact (person and telephone, free text) and whether it may be commissioned.
 */
public record AgencyDetails(String name, CreditCode creditCode, String contact, boolean active) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int CONTACT_MAX_LENGTH = 200;

    public AgencyDetails {
        name = Texts.required("name", name, NAME_MAX_LENGTH);
        contact = Texts.optional("contact", contact, CONTACT_MAX_LENGTH);
    }
}
