/**
 * SCIM 2.0 provisioning (RFC 7643/7644) of people by the organisation's identity provider: the
 * {@code /scim/v2} endpoints, the bearer tokens administrators make for them, and the page to make
 * and revoke those tokens. Part of the people module: every change goes through its
 * {@code PeopleManagement}, on the same rules as HR's pages.
 */
package nl.goedgesprek.people.scim;
