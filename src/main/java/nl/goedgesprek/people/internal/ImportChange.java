package nl.goedgesprek.people.internal;

/**
 * One stored value an import row would change, shown in the preview.
 * @param field the message key naming the field, such as {@code person.team}
 * @param before the stored value, {@code null} when nothing was stored; for {@link #roles() roles} a
 *        list of {@link nl.goedgesprek.people.Role}
 * @param after the new value, {@code null} when the row clears it (its column is there, its cell empty)
 */
public record ImportChange(String field, Object before, Object after) {

	static final String ROLES = "person.roles";

	public boolean clears() {
		return after == null;
	}

	public boolean roles() {
		return ROLES.equals(field);
	}

}
