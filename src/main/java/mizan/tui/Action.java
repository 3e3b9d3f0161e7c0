package mizan.tui;

/**
 * Everything a key can do in the workbench's normal mode, with its default key and the line that
 * explains it in help. Entity types and stance labels get their keys from the label scheme.
 */
public enum Action {
    STANCE("", "set the active target's stance (keys from the scheme)", "Stance"),
    NEXT_TARGET("Tab", "next target", "Stance"),
    PREV_TARGET("S-Tab", "previous target", "Stance"),

    CURSOR_LEFT("Left", "move one word left (in Arabic: forward)", "Cursor and selection"),
    CURSOR_RIGHT("Right", "move one word right (in Arabic: back)", "Cursor and selection"),
    CURSOR_UP("Up", "move one line up", "Cursor and selection"),
    CURSOR_DOWN("Down", "move one line down", "Cursor and selection"),
    CURSOR_HOME("Home", "first word of the paragraph", "Cursor and selection"),
    CURSOR_END("End", "last word of the paragraph", "Cursor and selection"),
    EXTEND_LEFT("S-Left", "grow the selection one word left", "Cursor and selection"),
    EXTEND_RIGHT("S-Right", "grow the selection one word right", "Cursor and selection"),
    START_BACK("[", "selection start: one letter earlier", "Cursor and selection"),
    START_FORWARD("]", "selection start: one letter later (drops a proclitic)", "Cursor and selection"),
    END_BACK("{", "selection end: one letter earlier", "Cursor and selection"),
    END_FORWARD("}", "selection end: one letter later", "Cursor and selection"),
    CLEAR_SELECTION("Esc", "clear the selection", "Cursor and selection"),

    TAG_ENTITY("", "tag the selection (or the word) as an entity (keys from the scheme)", "Spans"),
    MAKE_CLAIM("c", "make the selection a claim: check-worthy, claimer, claimer stance", "Spans"),
    DELETE_SPAN("x", "delete the span under the cursor", "Spans"),
    UNDO("u", "undo your last change (works across restarts)", "Spans"),
    TAKE_VERSION("=", "adjudicating: make gold a copy of annotator N's version (= then N)", "Spans"),
    REDO("C-r", "redo", "Spans"),

    NEXT_PARAGRAPH("PgDn", "next paragraph (Enter too)", "Paragraphs"),
    NEXT_PARAGRAPH_ENTER("Enter", "", "Paragraphs"),
    PREV_PARAGRAPH("PgUp", "previous paragraph", "Paragraphs"),
    GOTO("g", "go to a paragraph number or document id", "Paragraphs"),
    SEARCH("/", "search the text of your queue", "Paragraphs"),
    TOGGLE_BOILERPLATE("b", "flag the paragraph boilerplate / skip", "Paragraphs"),
    COMMENT("m", "comment on the paragraph", "Paragraphs"),
    HELP("?", "this help", "Paragraphs"),
    QUIT("q", "quit (everything is already saved)", "Paragraphs"),
    QUIT_CTRL_C("C-c", "", "Paragraphs");

    private final String defaultKey;
    private final String help;
    private final String group;

    Action(String defaultKey, String help, String group) {
        this.defaultKey = defaultKey;
        this.help = help;
        this.group = group;
    }

    public String defaultKey() {
        return defaultKey;
    }

    public String help() {
        return help;
    }

    public String group() {
        return group;
    }
}
