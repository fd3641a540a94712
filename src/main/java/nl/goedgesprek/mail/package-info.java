/**
 * Mail: invitations with a calendar attachment, reminders (prepare, acknowledge, agreements due and
 * overdue) and terugkoppeling on agreements, each in the recipient's language and each kind switchable
 * off by the recipient. Mail goes out through an outbox that several app instances can share.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package nl.goedgesprek.mail;
