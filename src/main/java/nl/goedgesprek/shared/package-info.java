/**
 * Small building blocks every module may use, with no business knowledge and no dependencies on
 * other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.goedgesprek.shared;
