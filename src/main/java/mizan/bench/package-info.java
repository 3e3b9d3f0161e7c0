/** {@code mizan bench}: figures for import, commits, frames, layout, agreement, start-up and memory, held against targets. */
package mizan.bench;
