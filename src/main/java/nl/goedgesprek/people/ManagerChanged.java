package nl.goedgesprek.people;

/**
 * An employee got another manager (or none). Later modules use it to hand over open agreements and
 * the development plan, and not old conversation records.
 *
 * @param employee the employee whose reporting line changed
 * @param previousManager the manager before, or {@code null}
 * @param newManager the manager now, or {@code null}
 */
public record ManagerChanged(EmployeeId employee, EmployeeId previousManager, EmployeeId newManager) {
}
