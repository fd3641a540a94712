package nl.goedgesprek.people.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a people import file. The header row names them, in Dutch or English, in any order;
 * the import page documents them from this list.
 */
public enum ImportColumn {

	NAME("naam", "name", true),
	EMAIL("email", "email", true),
	JOB_TITLE("functie", "job_title", false),
	TEAM("team", "team", false),
	MANAGER_EMAIL("leidinggevende", "manager_email", false),
	EMPLOYMENT_START("in_dienst", "employment_start", false),
	EMPLOYMENT_END("uit_dienst", "employment_end", false),
	ROLES("rollen", "roles", false);

	private final String dutch;

	private final String english;

	private final boolean required;

	ImportColumn(String dutch, String english, boolean required) {
		this.dutch = dutch;
		this.english = english;
		this.required = required;
	}

	static Optional<ImportColumn> byHeader(String header) {
		String wanted = header.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		return Arrays.stream(values()).filter(c -> c.dutch.equals(wanted) || c.english.equals(wanted)).findFirst();
	}

	public String header() {
		return dutch;
	}

	public String englishHeader() {
		return english;
	}

	public boolean required() {
		return required;
	}

	/** The message key that explains this column on the import page. */
	public String explanationKey() {
		return "import.column." + name().toLowerCase(Locale.ROOT);
	}

}
