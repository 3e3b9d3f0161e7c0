/** Command-line entry point and wiring: the only package that knows all the others. */
package mizan.app;
