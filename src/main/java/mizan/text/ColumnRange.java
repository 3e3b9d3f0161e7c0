package mizan.text;

/** Columns {@code [fromCol, toCol)} of visual line {@code line}, e.g. one piece of a drawn selection. */
public record ColumnRange(int line, int fromCol, int toCol) {
}
