package org.awardsapi.nomination;

/**
 * Who a nominee is: a person, a company, or a country (International Feature Film names
 * the country).
 */
public enum NomineeKind {

	person, company, country

}
