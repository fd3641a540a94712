/**
 * Follow-up all year: the in-app inbox (terugkoppeling on agreements, planned and cancelled
 * conversations), the team overview with overdue conversations and open agreements, and the rhythm.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up")
package nl.goedgesprek.followup;
