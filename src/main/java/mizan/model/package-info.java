/** Immutable records of the annotation domain (documents, paragraphs, spans, labels, the label scheme); no I/O. */
package mizan.model;
