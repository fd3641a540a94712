/**
 * Ontwikkeling en koers: the organisation's goals, the competency catalogue, each employee's
 * ambitions, chosen competencies, development plan (POP) and the appreciation they receive at any
 * moment. Owned by the employee, seen by their manager as they are now.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Development")
package nl.goedgesprek.development;
