package mizan.tui;

import java.util.List;

/**
 * Everything a key can do in the workbench's normal mode, with its default keys (an action may
 * have several) and the line that explains it in help. Entity types and stance labels get their
 * keys from the label scheme.
 */
public enum Action {
    STANCE("set the active target's stance (keys from the scheme)", "Stance"),
    CLEAR_STANCE("clear the active target's stance", "Stance", "0", "Backspace"),
    NEXT_TARGET("next target", "Stance", "Tab"),
    PREV_TARGET("previous target", "Stance", "S-Tab"),

    CURSOR_LEFT("move one word left (in Arabic: forward)", "Cursor and selection", "Left"),
    CURSOR_RIGHT("move one word right (in Arabic: back)", "Cursor and selection", "Right"),
    CURSOR_UP("move one line up", "Cursor and selection", "Up"),
    CURSOR_DOWN("move one line down", "Cursor and selection", "Down"),
    CURSOR_HOME("first word of the paragraph", "Cursor and selection", "Home"),
    CURSOR_END("last word of the paragraph", "Cursor and selection", "End"),
    EXTEND_LEFT("grow the selection one word left", "Cursor and selection", "S-Left"),
    EXTEND_RIGHT("grow the selection one word right", "Cursor and selection", "S-Right"),
    START_BACK("selection start: one letter earlier", "Cursor and selection", "["),
    START_FORWARD("selection start: one letter later (drops a proclitic)", "Cursor and selection", "]"),
    END_BACK("selection end: one letter earlier", "Cursor and selection", "{"),
    END_FORWARD("selection end: one letter later", "Cursor and selection", "}"),
    CLEAR_SELECTION("clear the selection", "Cursor and selection", "Esc"),

    TAG_ENTITY("tag the selection (or the word) as an entity; on a tagged span, change its type", "Spans"),
    MAKE_CLAIM("make the selection a claim: check-worthy, claimer, claimer stance", "Spans", "c"),
    EDIT_CLAIM("change the claim under the cursor: check-worthy, claimer, claimer stance", "Spans", "e"),
    DELETE_SPAN("delete the span under the cursor", "Spans", "x"),
    UNDO("undo your last change here (works across restarts)", "Spans", "u"),
    REDO("redo", "Spans", "C-r"),
    TAKE_VERSION("adjudicating: make gold a copy of annotator N's version (= then N)", "Spans", "="),

    NEXT_PARAGRAPH("next paragraph", "Paragraphs", "PgDn", "Enter"),
    PREV_PARAGRAPH("previous paragraph", "Paragraphs", "PgUp"),
    GOTO("go to a paragraph: its number in this document, or document id:number", "Paragraphs", "g"),
    SEARCH("search your queue (ignores harakat, tatweel, hamza forms and case)", "Paragraphs", "/"),
    SEARCH_NEXT("next match", "Paragraphs", "n"),
    SEARCH_PREV("previous match", "Paragraphs", "N"),
    TOGGLE_BOILERPLATE("flag the paragraph boilerplate / skip", "Paragraphs", "b"),
    COMMENT("comment on the paragraph", "Paragraphs", "m"),
    HELP("this help", "Paragraphs", "?"),
    QUIT("quit (waits for anything still being saved)", "Paragraphs", "q", "C-c");

    private final List<String> defaultKeys;
    private final String help;
    private final String group;

    Action(String help, String group, String... defaultKeys) {
        this.defaultKeys = List.of(defaultKeys);
        this.help = help;
        this.group = group;
    }

    public List<String> defaultKeys() {
        return defaultKeys;
    }

    public String help() {
        return help;
    }

    public String group() {
        return group;
    }
}
