package nl.goedgesprek.privacy.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.EditClash;

/**
 * The retention terms an administrator sets, in months. One row; a change with a stale version is an
 * {@link EditClash}; every change is a line in the audit trail.
 */
@Service
@Transactional
public class RetentionTerms {

	/**
	 * The terms, each within its bounds ({@link #MIN} and {@link #MAX}). Records: months after employment
	 * ended (the Autoriteit Persoonsgegevens advises two years for a personnel file; public-sector
	 * archives may require 60 or 120). The others: months since the draft's planned day, the read, the
	 * mail was sent, the message arrived.
	 */
	public record Terms(int records, int drafts, int readLog, int mail, int inbox, int version) {

		String describe() {
			return "records=" + records + " drafts=" + drafts + " readLog=" + readLog + " mail=" + mail + " inbox=" + inbox;
		}

	}

	/** The smallest term of each kind, in months, in the order of {@link Terms}: below it the data cannot serve its purpose. */
	public static final int[] MIN = { 12, 1, 6, 1, 1 };

	/** The largest: ten years for records (public-sector archives), five for the rest. */
	public static final int[] MAX = { 120, 60, 120, 60, 60 };

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RetentionTerms(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Terms current() {
		return jdbc.sql("select records_months, drafts_months, read_log_months, mail_months, inbox_months, version"
				+ " from retention_terms where id = 1")
			.query((rs, row) -> new Terms(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
			.single();
	}

	/** Stores new terms if nobody changed them since {@code terms.version()}; the bounds are checked by the form. */
	public void change(Terms terms, EmployeeId by) {
		int changed = jdbc.sql("""
				update retention_terms set records_months = :records, drafts_months = :drafts, read_log_months = :readLog,
				       mail_months = :mail, inbox_months = :inbox, changed_by = :by, changed_at = :at, version = version + 1
				where id = 1 and version = :version""")
			.param("records", terms.records()).param("drafts", terms.drafts()).param("readLog", terms.readLog())
			.param("mail", terms.mail()).param("inbox", terms.inbox()).param("by", by.value())
			.param("at", Timestamp.from(clock.instant())).param("version", terms.version())
			.update();
		if (changed == 0) {
			throw new EditClash();
		}
		events.publishEvent(new PrivacyAudited(by.value(), null, "RETENTION_TERMS_CHANGED", null, terms.describe(),
				clock.instant()));
	}

}
