package nl.goedgesprek.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.AccountMail;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.InvitationSent;
import nl.goedgesprek.people.PersonNotFoundException;
import nl.goedgesprek.shared.Links;
import nl.goedgesprek.shared.Refusal;

/**
 * Invitations to choose a password, for people who cannot sign in yet (an import, a person added
 * without a password). Each invitation makes a new link, which ends every older one, and queues the
 * mail in the same transaction. {@code actor} is the HR adviser or administrator who invites.
 */
@Service
@Transactional
public class Invitations {

	/** Where a link leads: the page to choose a password. */
	public static final String LINK_PATH = "/password/new/";

	private final EmployeeRepository employees;

	private final AccountTokens tokens;

	private final AccountMail mail;

	private final AccountLinkSettings settings;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Links links;

	private final Clock clock;

	Invitations(EmployeeRepository employees, AccountTokens tokens, AccountMail mail, AccountLinkSettings settings,
			ApplicationEventPublisher events, JdbcClient jdbc, Links links, Clock clock) {
		this.employees = employees;
		this.tokens = tokens;
		this.mail = mail;
		this.settings = settings;
		this.events = events;
		this.jdbc = jdbc;
		this.links = links;
		this.clock = clock;
	}

	/** Invites one person (from their page); refused for someone who can sign in already or has left. */
	public void invite(EmployeeId actor, EmployeeId person) {
		Employee employee = employees.findById(person.value()).orElseThrow(() -> new PersonNotFoundException(person));
		Refusal.require(mayStillSignIn(employee), "invitation.error.left", employee.name());
		Refusal.require(employee.passwordHash() == null, "invitation.error.active", employee.name());
		send(actor, person, null);
	}

	/**
	 * Invites one member of a round, unless they can sign in by now or have left.
	 * @return whether an invitation went out
	 */
	boolean inviteInRound(EmployeeId actor, EmployeeId person, long round) {
		Employee employee = employees.findById(person.value()).orElse(null);
		if (employee == null || !mayStillSignIn(employee) || employee.passwordHash() != null) {
			return false;
		}
		send(actor, person, "invitation:round:" + round + ":" + person.value());
		return true;
	}

	private void send(EmployeeId actor, EmployeeId person, String dedupeKey) {
		Instant now = clock.instant();
		AccountTokens.Issued link = tokens.issue(person, AccountMail.Kind.INVITATION, now, settings.validFor());
		mail.send(AccountMail.Kind.INVITATION, person, actor, links.to(LINK_PATH + link.secret()), link.expires(),
				dedupeKey != null ? dedupeKey : "account:" + link.id());
		events.publishEvent(new InvitationSent(person, actor, now));
	}

	private boolean mayStillSignIn(Employee employee) {
		return employee.active()
				&& (employee.employmentEnd() == null || !employee.employmentEnd().isBefore(LocalDate.now(clock)));
	}

	@Transactional(readOnly = true)
	public AccountStatus status(EmployeeId person) {
		return statuses(List.of(person)).getOrDefault(person, new AccountStatus(AccountStatus.State.NOT_INVITED, null));
	}

	/** The status of each of these people (a page of the people list), in one query. */
	@Transactional(readOnly = true)
	public Map<EmployeeId, AccountStatus> statuses(Collection<EmployeeId> people) {
		Map<EmployeeId, AccountStatus> statuses = new HashMap<>();
		if (people.isEmpty()) {
			return statuses;
		}
		jdbc.sql("""
				select e.id, case when e.password_hash is null then 0 else 1 end as has_password,
				       (select max(t.created_at) from account_token t
				        where t.employee_id = e.id and t.purpose = 'INVITATION') as invited_at,
				       (select count(*) from account_token t
				        where t.employee_id = e.id and t.purpose = 'INVITATION' and t.used_at is null
				          and t.revoked_at is null and t.expires_at > :now) as open_links
				from employee e where e.id in (:ids)""")
			.param("now", Timestamp.from(clock.instant()))
			.param("ids", people.stream().map(EmployeeId::value).toList())
			.query((rs, row) -> {
				Timestamp invited = rs.getTimestamp("invited_at");
				AccountStatus.State state = rs.getInt("has_password") == 1 ? AccountStatus.State.ACTIVE
						: rs.getInt("open_links") > 0 ? AccountStatus.State.INVITED
								: invited != null ? AccountStatus.State.EXPIRED : AccountStatus.State.NOT_INVITED;
				statuses.put(EmployeeId.of(rs.getLong("id")),
						new AccountStatus(state, invited == null ? null : invited.toInstant()));
				return null;
			})
			.list();
		return statuses;
	}

}
