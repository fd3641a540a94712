/**
 * People and organisation: employees, teams, reporting lines, roles, the signed-in user,
 * and the one place that decides who may see or do what to whose data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package nl.goedgesprek.people;
