package nl.goedgesprek.people.internal;

import org.springframework.data.relational.core.mapping.Table;

import nl.goedgesprek.people.Role;

/** One role granted to an employee: a row of {@code employee_role}. */
@Table("employee_role")
record RoleGrant(Role role) {
}
