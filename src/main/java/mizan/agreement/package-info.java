/** Inter-annotator agreement statistics over label matrices and span sets; pure Java, no I/O. */
package mizan.agreement;
