package nl.goedgesprek.people.internal;

import nl.goedgesprek.people.Role;

/** One role granted to an employee: a row of {@code employee_role}. */
record EmployeeRole(Role role) {
}
