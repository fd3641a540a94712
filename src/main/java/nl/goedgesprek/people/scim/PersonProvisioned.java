package nl.goedgesprek.people.scim;

import java.time.Instant;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Audited;

/**
 * The identity provider created, changed or deactivated a person through SCIM. No person acted: the
 * trail names the token (its name, never its secret).
 *
 * @param employee whom it concerns
 * @param change what happened
 * @param tokenName the name of the token that did it
 * @param detail which attributes changed (SCIM names, for example {@code title, manager}), or {@code null}
 * @param at when
 */
public record PersonProvisioned(EmployeeId employee, Change change, String tokenName, String detail, Instant at)
		implements Audited {

	public enum Change {
		CREATED, UPDATED, DEACTIVATED
	}

	@Override
	public AuditLine auditLine() {
		return new AuditLine(null, tokenName, "SCIM_USER_" + change.name(), employee.value(), detail, at);
	}

}
