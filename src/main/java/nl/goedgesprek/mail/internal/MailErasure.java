package nl.goedgesprek.mail.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.shared.ErasableData;
import nl.goedgesprek.shared.ErasureRows;

/**
 * The outbox under retention and erasure. Mail sent or given up on goes after its term; mail still
 * waiting is never touched by the term. Erasing a person removes their mail and their mail preferences,
 * and also the copies of mail to others that name them or their address (an invitation "Pieter plande
 * een gesprek met je"): the outbox is a log of what left, and a copy is no reason to keep a name.
 */
@Component
@Order(10)
class MailErasure implements ErasableData {

	private final JdbcClient jdbc;

	MailErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("mail_outbox", "mail_opt_out");
	}

	@Override
	public long pastTerm(Term term, Instant before, Set<Long> held, boolean erase) {
		if (term != Term.MAIL) {
			return 0;
		}
		return ErasureRows.pastTerm(jdbc, erase, before, held)
			.delete("mail_outbox", "coalesce(sent_at, failed_at) < :before and recipient_id not in (:held)");
	}

	@Override
	public long person(Subject subject, boolean erase) {
		ErasureRows rows = ErasureRows.of(jdbc, erase,
				Map.of("p", subject.id(), "name", ErasureRows.containing(subject.name()), "email", ErasureRows.containing(subject.email())));
		String names = " like :name escape '!'";
		String addresses = " like :email escape '!'";
		return rows.delete("mail_outbox", "recipient_id = :p or lower(to_address)" + addresses + " or lower(subject)" + names
				+ " or lower(body)" + names + " or lower(body)" + addresses + " or lower(calendar)" + names
				+ " or lower(calendar)" + addresses) + rows.delete("mail_opt_out", "employee_id = :p");
	}


}
