/** Turning files in any encoding into documents and paragraphs, including boilerplate detection. */
package mizan.corpus;
