package nl.goedgesprek.people;

import java.time.Instant;

/**
 * One line of a person's role history, as they read it on their own page.
 *
 * @param role the role granted or taken away
 * @param granted {@code true} when granted
 * @param changedByName who did it, or {@code null} when the installation created the first administrator
 * @param at when
 */
public record RoleChange(Role role, boolean granted, String changedByName, Instant at) {
}
