/** Serving the workbench to annotators over an embedded SSH server. */
package mizan.ssh;
