package nl.goedgesprek.followup.internal;

import java.sql.Timestamp;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.goedgesprek.conversations.AgreementReported;

/**
 * The progress of agreements ({@code progress_note}): one row per report by the owner, numbered from
 * 0 per agreement, with the status it got and the owner's short note. Written when conversations
 * reports the agreement's new status, in that same transaction, whoever reported it (the owner on the
 * agreements page, or the demo).
 */
@Repository
class ProgressNotes {

	private final JdbcClient jdbc;

	ProgressNotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AgreementReported reported) {
		jdbc.sql("""
				insert into progress_note (agreement, agreement_key, status, text, written_by, written_at)
				values (:agreement, :key, :status, :text, :by, :at)""")
			.param("agreement", reported.agreementId())
			.param("key", steps(reported.agreementId()))
			.param("status", reported.status().name())
			.param("text", reported.note())
			.param("by", reported.writtenBy().value())
			.param("at", Timestamp.from(reported.writtenAt()))
			.update();
	}

	/** How many reports the agreement has. */
	int steps(long agreementId) {
		return jdbc.sql("select count(*) from progress_note where agreement = :agreement")
			.param("agreement", agreementId)
			.query(Integer.class)
			.single();
	}

}
