#include <stdio.h>
#include <wchar.h>
#include <histedit.h>

/*
 * el_set, el_get, el_wset and history_w are variadic, which Swift cannot
 * call. Each wrapper below fixes the argument list for one operation.
 * The wide-character variants are used for the prompt, the history and
 * input so that non-ASCII text (José, Zoë, 李) survives unchanged.
 */

/// The wide prompt callback: returns the prompt to draw.
typedef wchar_t *(*followup_el_wprompt_t)(EditLine *);
/// A user-defined editor command (bound to a key with EL_BIND).
typedef unsigned char (*followup_el_command_t)(EditLine *, int);
/// The character reader libedit calls instead of read(2): 1 = char, 0 = EOF, -1 = error.
typedef int (*followup_el_getc_t)(EditLine *, wchar_t *);

static inline int followup_el_set_wprompt(EditLine *el, followup_el_wprompt_t fn) {
    return el_wset(el, EL_PROMPT, fn);
}

static inline int followup_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int followup_el_set_signal(EditLine *el, int handle) {
    return el_set(el, EL_SIGNAL, handle);
}

/// Attaches a wide history (history_w) to the editor.
static inline int followup_el_set_whist(EditLine *el, HistoryW *h) {
    return el_wset(el, EL_HIST, history_w, h);
}

static inline int followup_el_add_command(EditLine *el, const char *name, const char *help,
                                          followup_el_command_t fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

/// Binds one key sequence (e.g. "^I") to a named command (e.g. "em-inc-search-prev").
static inline int followup_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

static inline int followup_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *followup_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}

static inline int followup_el_set_getc(EditLine *el, followup_el_getc_t fn) {
    return el_set(el, EL_GETCFN, fn);
}

/// Redraws the prompt and the line (after a resize or a resume from Ctrl-Z).
static inline int followup_el_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}

static inline int followup_history_set_size(HistoryW *h, int size) {
    HistEventW event;
    return history_w(h, &event, H_SETSIZE, size);
}

static inline int followup_history_set_unique(HistoryW *h, int unique) {
    HistEventW event;
    return history_w(h, &event, H_SETUNIQUE, unique);
}

static inline int followup_history_enter(HistoryW *h, const wchar_t *line) {
    HistEventW event;
    return history_w(h, &event, H_ENTER, line);
}

static inline int followup_history_load(HistoryW *h, const char *path) {
    HistEventW event;
    return history_w(h, &event, H_LOAD, path);
}

static inline int followup_history_save_fp(HistoryW *h, FILE *file) {
    HistEventW event;
    return history_w(h, &event, H_SAVE_FP, file);
}

static inline int followup_history_count(HistoryW *h) {
    HistEventW event;
    if (history_w(h, &event, H_GETSIZE) != 0) {
        return -1;
    }
    return event.num;
}

/// The oldest entry (H_LAST), then each newer one (H_PREV); NULL past the newest.
static inline const wchar_t *followup_history_oldest(HistoryW *h) {
    HistEventW event;
    return history_w(h, &event, H_LAST) == 0 ? event.str : NULL;
}

static inline const wchar_t *followup_history_newer(HistoryW *h) {
    HistEventW event;
    return history_w(h, &event, H_PREV) == 0 ? event.str : NULL;
}

static inline int followup_history_clear(HistoryW *h) {
    HistEventW event;
    return history_w(h, &event, H_CLEAR);
}

/* The C standard streams, read through functions: Swift 6 rejects the mutable globals. */
static inline FILE *followup_stdin(void) { return stdin; }
static inline FILE *followup_stdout(void) { return stdout; }
static inline FILE *followup_stderr(void) { return stderr; }
