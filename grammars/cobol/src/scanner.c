// External scanner for the LegacyLens COBOL grammar.
//
// Tokens a regular grammar cannot express:
// - `_exec_body`: everything between `EXEC <language>` and `END-EXEC` (SQL, CICS, DLI text with
//   its own quotes and periods), so an EXEC block never makes the rest of a program unparseable;
// - `comment_entry`: the free text of AUTHOR, INSTALLATION, DATE-WRITTEN … paragraphs, which
//   runs until the next line that starts with an identification-division paragraph or a
//   division header;
// - `section_name`: a procedure name followed by the word SECTION;
// - `_phrase_end`: the word END starting an `AT END` phrase written without AT, which one token
//   of lookahead cannot tell from the END of `END PROGRAM` / `END DECLARATIVES`.
// The scanner keeps no state.

#include "tree_sitter/parser.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

enum TokenType {
  EXEC_BODY,
  COMMENT_ENTRY,
  SECTION_NAME,
  PHRASE_END,
};

void *tree_sitter_cobol_external_scanner_create(void) { return NULL; }
void tree_sitter_cobol_external_scanner_destroy(void *payload) { (void)payload; }
unsigned tree_sitter_cobol_external_scanner_serialize(void *payload, char *buffer) {
  (void)payload;
  (void)buffer;
  return 0;
}
void tree_sitter_cobol_external_scanner_deserialize(void *payload, const char *buffer, unsigned length) {
  (void)payload;
  (void)buffer;
  (void)length;
}

static bool is_word_char(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

static int32_t upper(int32_t c) { return (c >= 'a' && c <= 'z') ? c - 32 : c; }

// Reads a word (letters, digits, hyphens) into `buf` (upper-cased, truncated), advancing.
static unsigned read_word(TSLexer *lexer, char *buf, unsigned cap) {
  unsigned n = 0;
  while (!lexer->eof(lexer) && is_word_char(lexer->lookahead)) {
    if (n + 1 < cap) buf[n++] = (char)upper(lexer->lookahead);
    lexer->advance(lexer, false);
  }
  buf[n] = 0;
  return n;
}

static bool scan_exec_body(TSLexer *lexer) {
  bool at_word_start = true;
  lexer->mark_end(lexer);
  while (!lexer->eof(lexer)) {
    int32_t c = lexer->lookahead;
    if (c == '\'' || c == '"') {
      int32_t quote = c;
      lexer->advance(lexer, false);
      while (!lexer->eof(lexer) && lexer->lookahead != quote && lexer->lookahead != '\n') {
        lexer->advance(lexer, false);
      }
      if (!lexer->eof(lexer) && lexer->lookahead == quote) lexer->advance(lexer, false);
      lexer->mark_end(lexer);
      at_word_start = false;
      continue;
    }
    if (at_word_start && (c == 'E' || c == 'e')) {
      // Possibly END-EXEC: read the word without marking the end.
      char word[16];
      read_word(lexer, word, sizeof word);
      if (strcmp(word, "END-EXEC") == 0) {
        lexer->result_symbol = EXEC_BODY;
        return true;
      }
      lexer->mark_end(lexer);
      at_word_start = false;
      continue;
    }
    at_word_start = !is_word_char(c);
    lexer->advance(lexer, false);
    lexer->mark_end(lexer);
  }
  // No END-EXEC before the end of the text: the body runs to the end.
  lexer->result_symbol = EXEC_BODY;
  return true;
}

static const char *COMMENT_ENTRY_ENDS[] = {
  "AUTHOR", "INSTALLATION", "DATE-WRITTEN", "DATE-COMPILED", "SECURITY", "REMARKS",
  "ENVIRONMENT", "DATA", "PROCEDURE", "IDENTIFICATION", "ID", "PROGRAM-ID", "END", NULL,
};

static bool ends_comment_entry(const char *word) {
  for (int i = 0; COMMENT_ENTRY_ENDS[i]; i++) {
    if (strcmp(word, COMMENT_ENTRY_ENDS[i]) == 0) return true;
  }
  return false;
}

static bool scan_comment_entry(TSLexer *lexer) {
  // Skip leading blanks on the paragraph's own line.
  while (!lexer->eof(lexer) && (lexer->lookahead == ' ' || lexer->lookahead == '\t')) {
    lexer->advance(lexer, true);
  }
  bool any = false;
  bool line_start = false;
  lexer->mark_end(lexer);
  while (!lexer->eof(lexer)) {
    int32_t c = lexer->lookahead;
    if (c == '\n' || c == '\r') {
      lexer->advance(lexer, false);
      line_start = true;
      continue;
    }
    if (line_start && (c == ' ' || c == '\t')) {
      lexer->advance(lexer, false);
      continue;
    }
    if (line_start) {
      line_start = false;
      if (isalpha(c)) {
        char word[32];
        read_word(lexer, word, sizeof word);
        if (ends_comment_entry(word)) break;
        lexer->mark_end(lexer);
        any = true;
        continue;
      }
    }
    lexer->advance(lexer, false);
    if (c != ' ' && c != '\t') {
      any = true;
      lexer->mark_end(lexer);
    }
  }
  if (!any) return false;
  lexer->result_symbol = COMMENT_ENTRY;
  return true;
}

// A procedure name followed by the word SECTION: the name is the token, SECTION is only looked
// at (the parser needs two tokens of lookahead to tell `NAME SECTION.` from `NAME.`).
// Both tokens start with a word: it is read once, since the scanner cannot step back.
static bool scan_section_name_or_phrase_end(TSLexer *lexer, bool section, bool phrase_end) {
  while (!lexer->eof(lexer) && (lexer->lookahead == ' ' || lexer->lookahead == '\t' ||
                                lexer->lookahead == '\n' || lexer->lookahead == '\r')) {
    lexer->advance(lexer, true);
  }
  if (lexer->eof(lexer) || !is_word_char(lexer->lookahead) || lexer->lookahead == '-') return false;
  // Where only the END phrase is possible, any other first letter settles it at once.
  if (!section && upper(lexer->lookahead) != 'E') return false;
  char name[64];
  unsigned len = read_word(lexer, name, sizeof name);
  if (len == 0 || strcmp(name, "EXIT") == 0) return false;
  lexer->mark_end(lexer);
  if (strcmp(name, "END") == 0) {
    if (!phrase_end) return false;
    while (!lexer->eof(lexer) && (lexer->lookahead == ' ' || lexer->lookahead == '\t' ||
                                  lexer->lookahead == '\n' || lexer->lookahead == '\r')) {
      lexer->advance(lexer, false);
    }
    char next[16];
    read_word(lexer, next, sizeof next);
    if (strcmp(next, "PROGRAM") == 0 || strcmp(next, "DECLARATIVES") == 0) return false;
    lexer->result_symbol = PHRASE_END;
    return true;
  }
  if (!section) return false;
  while (!lexer->eof(lexer) && (lexer->lookahead == ' ' || lexer->lookahead == '\t')) {
    lexer->advance(lexer, false);
  }
  char word[16];
  read_word(lexer, word, sizeof word);
  if (strcmp(word, "SECTION") != 0) return false;
  lexer->result_symbol = SECTION_NAME;
  return true;
}

bool tree_sitter_cobol_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols) {
  (void)payload;
  // During error recovery every symbol is valid: let the internal lexer work.
  if (valid_symbols[EXEC_BODY] && valid_symbols[COMMENT_ENTRY]) return false;
  if ((valid_symbols[SECTION_NAME] || valid_symbols[PHRASE_END]) && !valid_symbols[EXEC_BODY]) {
    if (scan_section_name_or_phrase_end(lexer, valid_symbols[SECTION_NAME], valid_symbols[PHRASE_END])) {
      return true;
    }
    if (!valid_symbols[COMMENT_ENTRY]) return false;
  }
  if (valid_symbols[EXEC_BODY]) {
    while (!lexer->eof(lexer) && (lexer->lookahead == ' ' || lexer->lookahead == '\t' ||
                                  lexer->lookahead == '\n' || lexer->lookahead == '\r')) {
      lexer->advance(lexer, true);
    }
    return scan_exec_body(lexer);
  }
  if (valid_symbols[COMMENT_ENTRY]) return scan_comment_entry(lexer);
  return false;
}
