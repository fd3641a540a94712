/**
 * Conversations in people's own calendars: {@code .ics} invitations and cancellations for mail, and
 * each person's secret, revocable calendar feed address.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package nl.goedgesprek.calendar;
