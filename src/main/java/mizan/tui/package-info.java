/** The annotation workbench: pure state, update and view, plus the runtime that owns the terminal. */
package mizan.tui;
