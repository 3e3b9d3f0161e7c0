/** Unicode work for Arabic text: encodings, normalisation, grapheme clusters, cell widths, offsets, tokens, bidi layout and shaping. */
package mizan.text;
