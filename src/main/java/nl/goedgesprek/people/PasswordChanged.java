package nl.goedgesprek.people;

/**
 * A person's password was set anew. Whoever holds sessions ends the ones that person still has open
 * elsewhere: whoever knew the old password is out.
 *
 * @param employee whose password changed
 */
public record PasswordChanged(EmployeeId employee) {
}
