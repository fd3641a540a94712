package nl.goedgesprek.people;

import java.time.LocalDate;

/**
 * Someone who should have the good conversation (active, with a manager), in brief: what it takes to
 * tell whether they are behind and to list them by name. {@link People#names} and {@link People#find}
 * give more of the few a page shows; the whole {@link Person} of 20,000 people cost the overdue list
 * most of its time.
 */
public record Due(EmployeeId id, String name, EmployeeId managerId, LocalDate employmentStart) {
}
