package nl.goedgesprek.mail;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;

/** Which kinds of mail a person wants. Everything is on until they turn it off. */
@Service
@Transactional
public class MailPreferences {

	private final JdbcClient jdbc;

	MailPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Set<MailKind> wanted(EmployeeId person) {
		Set<MailKind> wanted = EnumSet.allOf(MailKind.class);
		jdbc.sql("select kind from mail_opt_out where employee_id = :person")
			.param("person", person.value())
			.query(String.class)
			.list()
			.forEach(kind -> wanted.removeIf(known -> known.name().equals(kind)));
		return wanted;
	}

	@Transactional(readOnly = true)
	public boolean wants(EmployeeId person, MailKind kind) {
		return wanted(person).contains(kind);
	}

	/** Keeps exactly these kinds on and turns every other kind off. */
	public void choose(EmployeeId person, Collection<MailKind> wanted) {
		jdbc.sql("delete from mail_opt_out where employee_id = :person").param("person", person.value()).update();
		EnumSet.complementOf(wanted.isEmpty() ? EnumSet.noneOf(MailKind.class) : EnumSet.copyOf(wanted))
			.stream()
			.filter(MailKind.choosable()::contains)
			.forEach(kind -> jdbc.sql("insert into mail_opt_out (employee_id, kind) values (:person, :kind)")
				.param("person", person.value())
				.param("kind", kind.name())
				.update());
	}

}
