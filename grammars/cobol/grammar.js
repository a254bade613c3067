/**
 * @file COBOL grammar for LegacyLens.
 *
 * Parses the text produced by LegacyLens's COBOL preprocessor: source format already handled
 * (no sequence area, no indicator column, continuation lines joined), COPY/REPLACE expanded,
 * comment lines and compiler directives turned into `*>` comments. The tree is nested:
 * program → divisions → sections → paragraphs → sentences → statements, with IF/ELSE,
 * EVALUATE/WHEN, inline PERFORM and conditional phrases (AT END, INVALID KEY, ON SIZE ERROR…)
 * holding their statements. Data entries carry level, name and clauses. `EXEC … END-EXEC` is one
 * node whose body later Rust code analyses. Keywords are case-insensitive.
 *
 * Written for error tolerance: a statement runs from its verb to the next verb, scope
 * terminator or period, so an unknown statement or clause costs its own sentence or entry.
 */

/// Case-insensitive regex for a keyword.
function ci(word) {
  let pattern = '';
  for (const ch of word) {
    if (/[a-zA-Z]/.test(ch)) {
      pattern += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
    } else if (/[-]/.test(ch)) {
      pattern += '\\-';
    } else {
      pattern += ch;
    }
  }
  return new RegExp(pattern);
}

/// A keyword token, shown in the tree as its upper-case spelling.
function kw(word) {
  return alias(ci(word), word);
}

/// One of several spellings of the same keyword.
function kws(...words) {
  return choice(...words.map(kw));
}

function opt_kw(word) {
  return optional(kw(word));
}

function commaSep1(rule) {
  return seq(rule, repeat(seq(optional(','), rule)));
}

const PREC = {
  STATEMENT: 1,
  PHRASE: 2,
};

module.exports = grammar({
  name: 'cobol',

  word: $ => $.identifier,

  externals: $ => [
    $._exec_body,
    $.comment_entry,
    $.section_name,
    $._phrase_end,
  ],

  extras: $ => [
    /\s/,
    $.comment,
    ',',
    ';',
  ],

  conflicts: $ => [
    [$.program],
    [$.relational_operator],
    [$.procedure_name, $.qualified_name],
  ],

  rules: {
    source_file: $ => choice(
      repeat1($.program),
      $.copybook,
    ),

    // ----- a copybook parsed on its own ----------------------------------------------------
    copybook: $ => repeat1(choice(
      $.data_entry,
      $.file_description,
      $.select_entry,
      $.section_header,
      $.paragraph_header,
      $.sentence,
      $.data_section_header,
    )),

    // ----- programs --------------------------------------------------------------------------
    program: $ => seq(
      $.identification_division,
      optional($.environment_division),
      optional($.data_division),
      optional($.procedure_division),
      repeat($.program),
      optional($.end_program),
    ),

    end_program: $ => seq(kw('END'), kw('PROGRAM'), field('name', $._program_name), '.'),

    _program_name: $ => choice($.identifier, $.string_literal),

    // ----- identification division -------------------------------------------------------
    identification_division: $ => choice(
      seq(
        kws('IDENTIFICATION', 'ID'), kw('DIVISION'), '.',
        $.program_id,
        repeat($.id_paragraph),
      ),
      seq($.program_id, repeat($.id_paragraph)),
    ),

    program_id: $ => seq(
      kw('PROGRAM-ID'), optional('.'),
      field('name', $._program_name),
      optional(seq(opt_kw('IS'), repeat1(kws('INITIAL', 'COMMON', 'RECURSIVE')), opt_kw('PROGRAM'))),
      optional('.'),
    ),

    id_paragraph: $ => seq(
      kws('AUTHOR', 'INSTALLATION', 'DATE-WRITTEN', 'DATE-COMPILED', 'SECURITY', 'REMARKS'),
      optional('.'),
      optional($.comment_entry),
    ),

    // ----- environment division ----------------------------------------------------------
    environment_division: $ => seq(
      kw('ENVIRONMENT'), kw('DIVISION'), '.',
      repeat(choice($.configuration_section, $.input_output_section)),
    ),

    configuration_section: $ => seq(
      kw('CONFIGURATION'), kw('SECTION'), '.',
      repeat($.configuration_paragraph),
    ),

    configuration_paragraph: $ => seq(
      kws('SOURCE-COMPUTER', 'OBJECT-COMPUTER', 'SPECIAL-NAMES', 'REPOSITORY'),
      '.',
      repeat($._generic_token),
      optional('.'),
    ),

    input_output_section: $ => seq(
      kw('INPUT-OUTPUT'), kw('SECTION'), '.',
      optional(seq(kw('FILE-CONTROL'), '.', repeat($.select_entry))),
      optional(seq(kw('I-O-CONTROL'), '.', repeat($._generic_token), optional('.'))),
    ),

    select_entry: $ => seq(
      kw('SELECT'), opt_kw('OPTIONAL'), field('name', $.identifier),
      repeat(choice($.assign_clause, $._generic_token)),
      '.',
    ),

    assign_clause: $ => prec.right(seq(
      kw('ASSIGN'), opt_kw('TO'),
      field('target', choice($.identifier, $.string_literal)),
    )),

    /// Tokens of clauses this grammar does not model one by one.
    _generic_token: $ => choice(
      $.identifier,
      $.string_literal,
      $.numeric_literal,
      $.figurative_constant,
      kw('IS'),
      '(', ')', '=',
    ),

    // ----- data division -----------------------------------------------------------------
    data_division: $ => seq(
      kw('DATA'), kw('DIVISION'), '.',
      repeat(choice(
        $.data_section_header,
        $.data_entry,
        $.file_description,
        $.communication_description,
        seq($.exec_statement, optional('.')),
      )),
    ),

    data_section_header: $ => seq(
      field('name', kws(
        'FILE', 'WORKING-STORAGE', 'LOCAL-STORAGE', 'LINKAGE', 'REPORT', 'SCREEN',
        'COMMUNICATION',
      )),
      kw('SECTION'), '.',
    ),

    file_description: $ => seq(
      field('type', kws('FD', 'SD', 'RD')),
      field('name', $.identifier),
      repeat($._fd_token),
      '.',
    ),

    /// `CD name FOR [INITIAL] INPUT|OUTPUT|I-O` with its clauses. Every data name in the entry
    /// is one the entry declares (`SYMBOLIC QUEUE IS q`, `STATUS KEY IS s`, or the positional
    /// list of the short form).
    communication_description: $ => seq(
      kw('CD'),
      field('name', $.identifier),
      opt_kw('FOR'), opt_kw('INITIAL'),
      field('mode', kws('INPUT', 'OUTPUT', 'I-O')),
      repeat(choice(
        field('field', $.identifier),
        kw('FILLER'),
        $.numeric_literal,
        kws('IS', 'ARE', 'SYMBOLIC', 'QUEUE', 'SUB-QUEUE-1', 'SUB-QUEUE-2', 'SUB-QUEUE-3',
          'MESSAGE', 'DATE', 'TIME', 'SOURCE', 'TEXT', 'LENGTH', 'END', 'KEY', 'STATUS', 'COUNT',
          'DESTINATION', 'TABLE', 'OCCURS', 'TIMES', 'INDEXED', 'BY', 'ERROR', 'TERMINAL'),
      )),
      '.',
    ),

    _fd_token: $ => choice(
      $.identifier,
      $.string_literal,
      $.numeric_literal,
      kws('IS', 'ARE', 'TO', 'FROM', 'DEPENDING', 'ON', 'VALUE', 'OF', 'RECORD', 'RECORDS',
        'BLOCK', 'CONTAINS', 'CHARACTERS', 'LABEL', 'STANDARD', 'OMITTED', 'DATA',
        'RECORDING', 'MODE', 'VARYING', 'IN', 'SIZE'),
    ),

    data_entry: $ => seq(
      field('level', $.level_number),
      optional(field('name', choice($.identifier, kw('FILLER')))),
      repeat($._data_clause),
      '.',
    ),

    level_number: _ => /[0-9][0-9]?/,

    _data_clause: $ => choice(
      $.picture_clause,
      $.usage_clause,
      $.occurs_clause,
      $.redefines_clause,
      $.value_clause,
      $.sign_clause,
      $.justified_clause,
      $.blank_when_zero_clause,
      $.synchronized_clause,
      $.renames_clause,
      $.external_clause,
      $.global_clause,
      $.report_clause,
    ),

    /// Report Writer clauses of a report group description entry (REPORT SECTION).
    report_clause: $ => choice(
      seq(kw('TYPE'), opt_kw('IS'), field('type', $.report_group_type)),
      prec.right(seq(kw('LINE'), opt_kw('NUMBER'), opt_kw('IS'), $._report_position)),
      prec.right(seq(kw('NEXT'), kw('GROUP'), opt_kw('IS'), $._report_position)),
      seq(kws('COLUMN', 'COL'), opt_kw('NUMBER'), opt_kw('IS'), $.numeric_literal),
      seq(kw('SOURCE'), opt_kw('IS'), field('source', $._operand)),
      prec.right(seq(
        kw('SUM'), repeat1(field('sum', $.qualified_name)),
        optional(seq(kw('UPON'), repeat1($.identifier))),
        optional(seq(kw('RESET'), opt_kw('ON'), choice(kw('FINAL'), $.identifier))),
      )),
      seq(kw('GROUP'), opt_kw('INDICATE')),
    ),

    report_group_type: $ => prec.right(choice(
      kws('REPORT', 'RH', 'RF', 'PAGE', 'PH', 'PF', 'DETAIL', 'DE'),
      seq(kws('REPORT', 'PAGE'), kws('HEADING', 'FOOTING')),
      seq(choice(seq(kw('CONTROL'), kws('HEADING', 'FOOTING')), kws('CH', 'CF')),
        optional(choice(kw('FINAL'), $.identifier))),
    )),

    _report_position: $ => prec.right(choice(
      seq($.numeric_literal, optional(seq(opt_kw('ON'), kw('NEXT'), kw('PAGE')))),
      seq(kw('PLUS'), $.numeric_literal),
      seq(kw('NEXT'), kw('PAGE')),
    )),

    picture_clause: $ => prec.right(seq(
      token(prec(2, /[pP][iI][cC]([tT][uU][rR][eE])?(\s+[iI][sS])?/)),
      field('picture', $.picture_string),
    )),

    /// Any currency sign chosen in SPECIAL-NAMES (`CURRENCY SIGN IS "<"`) may appear too.
    picture_string: _ => /[^\s'"]*[^\s.,;'"]/,

    usage_clause: $ => choice(
      seq(kw('USAGE'), opt_kw('IS'), field('usage', $.usage)),
      field('usage', $.usage),
    ),

    usage: _ => choice(
      kw('COMP'), kw('COMP-1'), kw('COMP-2'), kw('COMP-3'), kw('COMP-4'), kw('COMP-5'),
      kw('COMPUTATIONAL'), kw('COMPUTATIONAL-1'), kw('COMPUTATIONAL-2'), kw('COMPUTATIONAL-3'),
      kw('COMPUTATIONAL-4'), kw('COMPUTATIONAL-5'), kw('BINARY'), kw('PACKED-DECIMAL'),
      kw('DISPLAY'), kw('DISPLAY-1'), kw('INDEX'), kw('POINTER'), kw('NATIONAL'),
      kw('FUNCTION-POINTER'), kw('PROCEDURE-POINTER'), kw('FLOAT-SHORT'), kw('FLOAT-LONG'),
    ),

    occurs_clause: $ => prec.right(seq(
      kw('OCCURS'),
      field('min', choice($.numeric_literal, $.identifier)),
      optional(seq(kw('TO'), field('max', choice($.numeric_literal, $.identifier)))),
      opt_kw('TIMES'),
      optional(seq(kw('DEPENDING'), opt_kw('ON'), field('depending_on', $.qualified_name))),
      repeat(seq(kws('ASCENDING', 'DESCENDING'), opt_kw('KEY'), opt_kw('IS'),
        repeat1(field('key', $.qualified_name)))),
      optional(seq(kw('INDEXED'), opt_kw('BY'), repeat1(field('index', $.identifier)))),
    )),

    redefines_clause: $ => prec.right(seq(kw('REDEFINES'), field('target', $.qualified_name))),

    value_clause: $ => prec.right(seq(
      choice(seq(kw('VALUE'), opt_kw('IS')), seq(kw('VALUES'), opt_kw('ARE'))),
      repeat1($.value_item),
    )),

    value_item: $ => prec.right(seq(
      field('from', $._literal),
      optional(seq(kws('THRU', 'THROUGH'), field('to', $._literal))),
    )),

    sign_clause: $ => prec.right(seq(
      optional(seq(kw('SIGN'), opt_kw('IS'))),
      kws('LEADING', 'TRAILING'),
      optional(seq(kw('SEPARATE'), opt_kw('CHARACTER'))),
    )),

    justified_clause: $ => prec.right(seq(kws('JUSTIFIED', 'JUST'), opt_kw('RIGHT'))),

    blank_when_zero_clause: $ => prec.right(seq(kw('BLANK'), opt_kw('WHEN'), kws('ZERO', 'ZEROS', 'ZEROES'))),

    synchronized_clause: $ => prec.right(seq(kws('SYNC', 'SYNCHRONIZED'), optional(kws('LEFT', 'RIGHT')))),

    renames_clause: $ => prec.right(seq(
      kw('RENAMES'), field('from', $.qualified_name),
      optional(seq(kws('THRU', 'THROUGH'), field('to', $.qualified_name))),
    )),

    external_clause: $ => prec.right(seq(opt_kw('IS'), kw('EXTERNAL'))),

    global_clause: $ => prec.right(seq(opt_kw('IS'), kw('GLOBAL'))),

    // ----- procedure division ------------------------------------------------------------
    procedure_division: $ => seq(
      kw('PROCEDURE'), kw('DIVISION'),
      optional($.procedure_using),
      optional(seq(kw('RETURNING'), field('returning', $.qualified_name))),
      '.',
      optional($.declaratives),
      repeat($.sentence),
      repeat(choice($.section, $.paragraph)),
    ),

    procedure_using: $ => prec.right(seq(
      kws('USING', 'CHAINING'),
      repeat1(choice(
        seq(opt_kw('BY'), kws('REFERENCE', 'VALUE', 'CONTENT')),
        field('parameter', $.qualified_name),
      )),
    )),

    declaratives: $ => seq(
      kw('DECLARATIVES'), '.',
      repeat(choice($.section, $.paragraph)),
      kw('END'), kw('DECLARATIVES'), '.',
    ),

    section: $ => prec.right(seq(
      $.section_header,
      repeat($.sentence),
      repeat($.paragraph),
    )),

    /// `section_name` comes from the external scanner, which looks past the name for the word
    /// SECTION: one token of lookahead cannot tell a section header from a paragraph header.
    section_header: $ => seq(
      field('name', $.section_name),
      kw('SECTION'),
      optional($.numeric_literal),
      '.',
    ),

    paragraph: $ => prec.right(seq(
      $.paragraph_header,
      repeat($.sentence),
    )),

    paragraph_header: $ => seq(field('name', $.procedure_name), '.'),

    procedure_name: $ => choice($.identifier, $.integer),

    /// `PARA IN SECT` / `PARA OF SECT`: a paragraph named with its section.
    qualified_procedure_name: $ => prec(1, seq(
      field('paragraph', $.procedure_name),
      kws('IN', 'OF'),
      field('section', $.procedure_name),
    )),

    _procedure_ref: $ => choice($.procedure_name, $.qualified_procedure_name),

    sentence: $ => choice(seq(repeat1($._statement), '.'), alias('.', $.empty_sentence)),

    _statements: $ => prec.right(repeat1($._statement)),

    _statement: $ => choice(
      $.move_statement,
      $.compute_statement,
      $.arithmetic_statement,
      $.if_statement,
      $.evaluate_statement,
      $.perform_statement,
      $.go_to_statement,
      $.call_statement,
      $.read_statement,
      $.write_statement,
      $.rewrite_statement,
      $.delete_statement,
      $.start_statement,
      $.open_statement,
      $.close_statement,
      $.string_statement,
      $.unstring_statement,
      $.inspect_statement,
      $.set_statement,
      $.initialize_statement,
      $.search_statement,
      $.accept_statement,
      $.display_statement,
      $.exec_statement,
      $.sort_statement,
      $.release_statement,
      $.return_statement,
      $.alter_statement,
      $.cancel_statement,
      $.stop_statement,
      $.goback_statement,
      $.exit_statement,
      $.continue_statement,
      $.next_sentence,
      $.entry_statement,
      $.use_statement,
      $.communication_statement,
      $.receive_statement,
      $.report_statement,
      $.json_xml_statement,
      $.enter_statement,
      $.conditional_phrase,
      $.scope_terminator,
    ),

    /// A conditional phrase of an I/O, arithmetic or CALL statement (`AT END`, `NOT INVALID KEY`,
    /// `ON SIZE ERROR`, `ON EXCEPTION` …). The statements after it, up to the next phrase, scope
    /// terminator or period, are the ones it guards; the tree keeps them as siblings so the
    /// grammar stays small.
    conditional_phrase: $ => choice(
      seq(opt_kw('NOT'), kw('AT'), kws('END', 'END-OF-PAGE', 'EOP')),
      // `END` with AT left out: the scanner tells it from `END PROGRAM` / `END DECLARATIVES`.
      seq(opt_kw('NOT'), alias($._phrase_end, 'END')),
      seq(opt_kw('NOT'), kws('END-OF-PAGE', 'EOP')),
      seq(opt_kw('NOT'), kw('INVALID'), opt_kw('KEY')),
      seq(opt_kw('NOT'), opt_kw('ON'), kw('SIZE'), kw('ERROR')),
      seq(opt_kw('NOT'), opt_kw('ON'), kws('EXCEPTION', 'OVERFLOW')),
      seq(kws('NO', 'WITH'), kw('DATA')),
    ),

    /// `END-READ`, `END-COMPUTE` … closing a statement that had conditional phrases.
    scope_terminator: _ => choice(
      kw('END-READ'), kw('END-WRITE'), kw('END-REWRITE'), kw('END-DELETE'), kw('END-START'),
      kw('END-RETURN'), kw('END-COMPUTE'), kw('END-ADD'), kw('END-SUBTRACT'),
      kw('END-MULTIPLY'), kw('END-DIVIDE'), kw('END-CALL'), kw('END-STRING'),
      kw('END-UNSTRING'), kw('END-ACCEPT'), kw('END-DISPLAY'), kw('END-RECEIVE'),
      kw('END-JSON'), kw('END-XML'),
    ),

    next_sentence: $ => seq(kw('NEXT'), kw('SENTENCE')),

    // ----- data movement and arithmetic --------------------------------------------------
    move_statement: $ => prec.right(seq(
      kw('MOVE'),
      optional(field('corresponding', kws('CORRESPONDING', 'CORR'))),
      field('source', $._operand),
      kw('TO'),
      repeat1(field('target', $._operand)),
    )),

    compute_statement: $ => prec.right(seq(
      kw('COMPUTE'),
      repeat1(seq(field('target', $.qualified_name), optional($.rounded))),
      choice('=', kw('EQUAL')),
      field('expression', $.arithmetic_expression),

    )),

    rounded: $ => prec.right(seq(kw('ROUNDED'), optional(seq(kw('MODE'), opt_kw('IS'), $.identifier)))),

    arithmetic_expression: $ => prec.right(repeat1(choice(
      $._operand,
      '+', '-', '*', '/', '**',
      seq('(', $.arithmetic_expression, ')'),
    ))),

    /// ADD / SUBTRACT / MULTIPLY / DIVIDE: operands with their keywords, in order.
    arithmetic_statement: $ => prec.right(seq(
      field('verb', kws('ADD', 'SUBTRACT', 'MULTIPLY', 'DIVIDE')),
      optional(kws('CORRESPONDING', 'CORR')),
      repeat1(choice(
        $._operand,
        $.rounded,
        kws('TO', 'FROM', 'BY', 'INTO', 'GIVING', 'REMAINDER'),
      )),

    )),


    initialize_statement: $ => prec.right(seq(
      kw('INITIALIZE'),
      repeat1(field('target', $._operand)),
      optional(seq(
        choice(
          seq(opt_kw('WITH'), kw('FILLER')),
          seq(opt_kw('ALL'), kw('TO'), kw('VALUE')),
          kw('REPLACING'),
        ),
        repeat(choice(
          $._operand,
          kws('REPLACING', 'ALPHABETIC', 'ALPHANUMERIC', 'NUMERIC', 'ALPHANUMERIC-EDITED',
            'NUMERIC-EDITED', 'NATIONAL', 'DATA', 'BY', 'THEN', 'TO', 'DEFAULT', 'VALUE',
            'FILLER', 'WITH'),
        )),
      )),
    )),

    set_statement: $ => prec.right(seq(
      kw('SET'),
      repeat1(choice(
        $._operand,
        kws('TO', 'UP', 'DOWN', 'BY', 'TRUE', 'FALSE', 'ON', 'OFF', 'ENTRY'),
      )),
    )),

    // ----- conditionals ------------------------------------------------------------------
    if_statement: $ => prec.right(seq(
      kw('IF'),
      field('condition', $.condition),
      opt_kw('THEN'),
      field('consequence', $.then_branch),
      optional(seq(kw('ELSE'), field('alternative', $.else_branch))),
      opt_kw('END-IF'),
    )),

    then_branch: $ => $._statements,

    else_branch: $ => $._statements,

    /// A condition as written: operands, relations, AND/OR/NOT, class and sign tests,
    /// condition-names, parentheses. Structure is recovered later by the rule miner.
    condition: $ => prec.right(repeat1($._condition_item)),

    _condition_item: $ => choice(
      $._operand,
      $.relational_operator,
      kws('AND', 'OR', 'NOT', 'IS'),
      kws('NUMERIC', 'ALPHABETIC', 'ALPHABETIC-LOWER', 'ALPHABETIC-UPPER', 'POSITIVE',
        'NEGATIVE', 'OMITTED'),
      '+', '-', '*', '/', '**',
      seq('(', $.condition, ')'),
    ),

    relational_operator: $ => choice(
      '=', '<', '>', '<=', '>=', '<>',
      seq(kws('EQUAL', 'EQUALS'), opt_kw('TO')),
      seq(kws('GREATER', 'LESS'), opt_kw('THAN'), optional(seq(kw('OR'), kw('EQUAL'), opt_kw('TO')))),
    ),

    evaluate_statement: $ => prec.right(seq(
      kw('EVALUATE'),
      field('subject', $.evaluate_subject),
      repeat(seq(kw('ALSO'), field('subject', $.evaluate_subject))),
      repeat1($.when_clause),
      optional($.when_other),
      opt_kw('END-EVALUATE'),
    )),

    evaluate_subject: $ => choice(kw('TRUE'), kw('FALSE'), $.condition),

    when_clause: $ => prec.right(seq(
      repeat1($.when_selection),
      field('body', $.when_body),
    )),

    when_body: $ => $._statements,

    when_selection: $ => prec.right(seq(
      kw('WHEN'),
      field('object', $.when_object),
      repeat(seq(kw('ALSO'), field('object', $.when_object))),
    )),

    when_object: $ => choice(
      kw('ANY'),
      kw('TRUE'),
      kw('FALSE'),
      seq($.condition, optional(seq(kws('THRU', 'THROUGH'), $.condition))),
    ),

    when_other: $ => prec.right(seq(kw('WHEN'), kw('OTHER'), field('body', $.when_body))),

    // ----- control flow ------------------------------------------------------------------
    perform_statement: $ => prec.right(choice(
      seq(
        kw('PERFORM'),
        field('procedure', $._procedure_ref),
        optional(seq(kws('THRU', 'THROUGH'), field('thru', $._procedure_ref))),
        optional($._perform_option),
      ),
      seq(
        kw('PERFORM'),
        optional($._perform_option),
        optional(field('body', $.perform_body)),
        kw('END-PERFORM'),
      ),
    )),

    perform_body: $ => $._statements,

    _perform_option: $ => choice($.perform_times, $.perform_until, $.perform_varying),

    perform_times: $ => prec.right(seq(field('count', $._operand_head), kw('TIMES'))),

    _test_phrase: $ => seq(opt_kw('WITH'), kw('TEST'), kws('BEFORE', 'AFTER')),

    perform_until: $ => prec.right(seq(
      optional($._test_phrase),
      kw('UNTIL'), field('condition', $.condition),
    )),

    perform_varying: $ => prec.right(seq(
      optional($._test_phrase),
      kw('VARYING'), $.varying_phrase,
      repeat(seq(kw('AFTER'), $.varying_phrase)),
    )),

    varying_phrase: $ => prec.right(seq(
      field('variable', $.qualified_name),
      kw('FROM'), field('from', $._operand),
      kw('BY'), field('by', $._operand),
      kw('UNTIL'), field('condition', $.condition),
    )),

    go_to_statement: $ => prec.right(seq(
      kw('GO'), opt_kw('TO'),
      repeat(field('target', $._procedure_ref)),
      optional(seq(kw('DEPENDING'), opt_kw('ON'), field('depending_on', $.qualified_name))),
    )),

    alter_statement: $ => prec.right(seq(
      kw('ALTER'),
      repeat1(seq(
        field('paragraph', $._procedure_ref), kw('TO'), optional(seq(kw('PROCEED'), kw('TO'))),
        field('target', $._procedure_ref),
      )),
    )),

    call_statement: $ => prec.right(seq(
      kw('CALL'),
      field('target', choice($.string_literal, $.qualified_name)),
      optional($.call_using),
      optional(seq(kws('RETURNING', 'GIVING'), field('returning', $.qualified_name))),

    )),

    call_using: $ => prec.right(seq(
      kw('USING'),
      repeat1(choice($.call_mode, field('argument', $._call_argument))),
    )),

    call_mode: $ => prec.right(seq(opt_kw('BY'), kws('REFERENCE', 'CONTENT', 'VALUE'))),

    _call_argument: $ => choice($._operand, kw('OMITTED')),


    cancel_statement: $ => prec.right(seq(kw('CANCEL'), repeat1($._operand))),

    stop_statement: $ => prec.right(seq(kw('STOP'), choice(kw('RUN'), $._literal))),

    goback_statement: $ => kw('GOBACK'),

    exit_statement: $ => prec.right(seq(
      kw('EXIT'),
      optional(choice(
        kw('PROGRAM'), kw('PARAGRAPH'), kw('SECTION'),
        seq(kw('PERFORM'), opt_kw('CYCLE')),
      )),
    )),

    continue_statement: $ => kw('CONTINUE'),

    use_statement: $ => prec.right(seq(
      kw('USE'), opt_kw('GLOBAL'),
      choice(
        seq(kw('AFTER'), opt_kw('STANDARD'), kws('ERROR', 'EXCEPTION'), opt_kw('PROCEDURE'),
          opt_kw('ON'), repeat1(choice(field('file', $.identifier), kws('INPUT', 'OUTPUT', 'I-O', 'EXTEND')))),
        seq(kw('BEFORE'), kw('REPORTING'), field('report_group', $.identifier)),
        seq(opt_kw('FOR'), kw('DEBUGGING'), opt_kw('ON'),
          repeat1(choice($.identifier, seq(kw('ALL'), opt_kw('PROCEDURES'))))),
      ),
    )),

    entry_statement: $ => prec.right(seq(kw('ENTRY'), $.string_literal, optional($.call_using))),

    // ----- files -------------------------------------------------------------------------
    read_statement: $ => prec.right(seq(
      kw('READ'),
      field('file', $.identifier),
      optional(kws('NEXT', 'PREVIOUS')),
      opt_kw('RECORD'),
      optional(seq(kw('INTO'), field('into', $.qualified_name))),
      optional(seq(opt_kw('WITH'), choice(seq(kw('NO'), kw('LOCK')), kw('LOCK')))),
      optional(seq(kw('KEY'), opt_kw('IS'), field('key', $.qualified_name))),

    )),



    write_statement: $ => prec.right(seq(
      kw('WRITE'),
      field('record', $.qualified_name),
      optional(seq(kw('FROM'), field('from', $._operand))),
      optional(seq(
        kws('BEFORE', 'AFTER'), opt_kw('ADVANCING'),
        choice(kw('PAGE'), seq($._operand, optional(kws('LINE', 'LINES')))),
      )),

    )),

    rewrite_statement: $ => prec.right(seq(
      kw('REWRITE'),
      field('record', $.qualified_name),
      optional(seq(kw('FROM'), field('from', $._operand))),

    )),

    delete_statement: $ => prec.right(seq(
      kw('DELETE'),
      field('file', $.identifier),
      opt_kw('RECORD'),

    )),

    start_statement: $ => prec.right(seq(
      kw('START'),
      field('file', $.identifier),
      optional(seq(kw('KEY'), opt_kw('IS'), opt_kw('NOT'), $.relational_operator,
        field('key', $.qualified_name))),

    )),

    open_statement: $ => prec.right(seq(
      kw('OPEN'),
      repeat1(seq(
        field('mode', kws('INPUT', 'OUTPUT', 'I-O', 'EXTEND')),
        repeat1($._open_file),
      )),
    )),

    close_statement: $ => prec.right(seq(
      kw('CLOSE'),
      repeat1($._close_file),
    )),

    _open_file: $ => prec.right(seq(
      field('file', $.identifier),
      optional(choice(seq(opt_kw('WITH'), kw('NO'), kw('REWIND')), kw('REVERSED'))),
    )),

    _close_file: $ => prec.right(seq(
      field('file', $.identifier),
      optional(choice(
        seq(opt_kw('WITH'), choice(kw('LOCK'), seq(kw('NO'), kw('REWIND')))),
        seq(kws('REEL', 'UNIT'), optional(seq(opt_kw('FOR'), kw('REMOVAL')))),
      )),
    )),

    sort_statement: $ => prec.right(seq(
      kws('SORT', 'MERGE'),
      field('file', $.identifier),
      repeat1(choice(
        $._operand,
        kws('ON', 'ASCENDING', 'DESCENDING', 'KEY', 'IS', 'WITH', 'DUPLICATES', 'IN', 'ORDER',
          'COLLATING', 'SEQUENCE', 'USING', 'GIVING'),
        $.sort_procedure,
      )),
    )),

    sort_procedure: $ => prec.right(seq(
      kws('INPUT', 'OUTPUT'), kw('PROCEDURE'), opt_kw('IS'),
      field('procedure', $._procedure_ref),
      optional(seq(kws('THRU', 'THROUGH'), field('thru', $._procedure_ref))),
    )),

    release_statement: $ => prec.right(seq(
      kw('RELEASE'), field('record', $.qualified_name),
      optional(seq(kw('FROM'), field('from', $._operand))),
    )),

    return_statement: $ => prec.right(seq(
      kw('RETURN'), field('file', $.identifier), opt_kw('RECORD'),
      optional(seq(kw('INTO'), field('into', $.qualified_name))),

    )),

    // ----- strings -----------------------------------------------------------------------
    string_statement: $ => prec.right(seq(
      kw('STRING'),
      repeat1(choice(
        $._operand,
        kws('DELIMITED', 'BY', 'SIZE', 'INTO', 'WITH', 'POINTER'),
      )),

    )),

    unstring_statement: $ => prec.right(seq(
      kw('UNSTRING'),
      repeat1(choice(
        $._operand,
        kws('DELIMITED', 'BY', 'OR', 'INTO', 'DELIMITER', 'IN', 'COUNT', 'WITH',
          'POINTER', 'TALLYING'),
      )),

    )),

    inspect_statement: $ => prec.right(seq(
      kw('INSPECT'),
      field('target', $.qualified_name),
      repeat1(choice(
        $._operand,
        kws('TALLYING', 'REPLACING', 'CONVERTING', 'FOR', 'LEADING', 'FIRST',
          'CHARACTERS', 'BY', 'BEFORE', 'AFTER', 'INITIAL', 'TRAILING', 'TO'),
      )),
    )),

    // ----- tables ------------------------------------------------------------------------
    search_statement: $ => prec.right(seq(
      kw('SEARCH'), opt_kw('ALL'),
      field('table', $.qualified_name),
      optional(seq(kw('VARYING'), field('varying', $.qualified_name))),
      optional(seq(opt_kw('AT'), kw('END'), field('at_end', $.when_body))),
      repeat1($.search_when),
      opt_kw('END-SEARCH'),
    )),

    search_when: $ => prec.right(seq(
      kw('WHEN'), field('condition', $.condition),
      field('body', $.when_body),
    )),

    // ----- terminal I/O ------------------------------------------------------------------
    accept_statement: $ => prec.right(seq(
      kw('ACCEPT'),
      field('target', $.qualified_name),
      optional(seq(kw('MESSAGE'), kw('COUNT'))),
      optional(seq(kw('FROM'), choice(
        kws('DATE', 'DAY', 'TIME', 'DAY-OF-WEEK'),
        seq(kw('DATE'), kw('YYYYMMDD')),
        seq(kw('DAY'), kw('YYYYDDD')),
        seq(kw('ENVIRONMENT'), choice($.string_literal, $.identifier)),
        $.identifier,
      ))),

    )),

    display_statement: $ => prec.right(seq(
      kw('DISPLAY'),
      repeat1($._operand),
      optional(seq(kw('UPON'), $.identifier)),
      optional(seq(opt_kw('WITH'), kw('NO'), kw('ADVANCING'))),

    )),

    // ----- communication (COBOL-85 message control) ---------------------------------------
    /// ENABLE / DISABLE / SEND / PURGE: the CD named and the data the statement reads.
    communication_statement: $ => prec.right(choice(
      seq(
        field('verb', kws('ENABLE', 'DISABLE')),
        kws('INPUT', 'OUTPUT', 'I-O'), opt_kw('TERMINAL'),
        field('cd', $.identifier),
        optional(seq(opt_kw('WITH'), kw('KEY'), field('key', $._operand))),
      ),
      seq(
        field('verb', kw('SEND')),
        field('cd', $.identifier),
        optional(seq(kw('FROM'), field('from', $.qualified_name))),
        optional(seq(opt_kw('WITH'), choice(kws('ESI', 'EMI', 'EGI'), field('indicator', $.identifier)))),
        optional(seq(
          kws('BEFORE', 'AFTER'), opt_kw('ADVANCING'),
          choice(kw('PAGE'), seq($._operand, optional(kws('LINE', 'LINES')))),
        )),
        optional(seq(kw('REPLACING'), opt_kw('LINE'))),
      ),
      seq(field('verb', kw('PURGE')), field('cd', $.identifier)),
    )),

    receive_statement: $ => prec.right(seq(
      kw('RECEIVE'),
      field('cd', $.identifier),
      kws('MESSAGE', 'SEGMENT'),
      kw('INTO'), field('into', $.qualified_name),
    )),

    // ----- report writer -------------------------------------------------------------------
    report_statement: $ => prec.right(seq(
      field('verb', kws('INITIATE', 'GENERATE', 'TERMINATE')),
      repeat1(field('report', $.qualified_name)),
    )),

    // ----- JSON and XML (IBM Enterprise COBOL 6) ---------------------------------------------
    /// `JSON GENERATE/PARSE`, `XML GENERATE/PARSE`: operands with their keywords in order;
    /// XML PARSE's PROCESSING PROCEDURE is a procedure reference.
    json_xml_statement: $ => prec.right(seq(
      field('language', kws('JSON', 'XML')),
      field('verb', kws('GENERATE', 'PARSE')),
      repeat1(choice(
        $._operand,
        $.processing_procedure,
        kws('FROM', 'INTO', 'COUNT', 'IN', 'NAME', 'OF', 'IS', 'SUPPRESS', 'WITH', 'DETAIL',
          'XML-DECLARATION', 'ATTRIBUTES', 'NAMESPACE', 'NAMESPACE-PREFIX', 'ENCODING',
          'VALIDATING', 'FILE', 'RETURNING', 'NATIONAL', 'TYPE', 'ATTRIBUTE', 'ELEMENT',
          'CONTENT', 'NUMERIC', 'WHEN', 'OR', 'CONVERTING', 'TO', 'USING', 'BOOLEAN', 'OMITTED',
          'EVERY', 'NONNUMERIC'),
      )),
    )),

    processing_procedure: $ => prec.right(seq(
      kw('PROCESSING'), kw('PROCEDURE'), opt_kw('IS'),
      field('procedure', $._procedure_ref),
      optional(seq(kws('THRU', 'THROUGH'), field('thru', $._procedure_ref))),
    )),

    // ----- obsolete ------------------------------------------------------------------------
    /// `ENTER language [routine]` (deleted in COBOL-85's successor): recognised, not modelled.
    enter_statement: $ => prec.right(seq(kw('ENTER'), $.identifier, optional($.identifier))),

    // ----- embedded languages ------------------------------------------------------------
    exec_statement: $ => seq(
      kw('EXEC'),
      field('language', $.identifier),
      field('body', alias($._exec_body, $.exec_body)),
      kw('END-EXEC'),
    ),

    // ----- operands ----------------------------------------------------------------------
    _operand: $ => choice(
      $._operand_head,
      $.string_literal,
      $.figurative_constant,
      $.function_call,
      $.special_register,
      seq(kw('ALL'), choice($.string_literal, $.figurative_constant, $.qualified_name)),
    ),

    _operand_head: $ => choice($.qualified_name, $.numeric_literal),

    qualified_name: $ => prec.right(seq(
      field('name', $.identifier),
      repeat(seq(kws('OF', 'IN'), field('qualifier', $.identifier))),
      repeat($.subscript),
    )),

    /// Subscripts, reference modification, function arguments; `(ALL)` and `(ALL, ALL)` for
    /// every occurrence of a table as an intrinsic function's arguments.
    subscript: $ => choice(
      seq('(', repeat1(choice($._operand, '+', '-', '*', '/', ':')), ')'),
      seq('(', repeat1(kw('ALL')), ')'),
    ),

    function_call: $ => prec.right(seq(
      kw('FUNCTION'),
      field('name', $.identifier),
      repeat($.subscript),
    )),

    special_register: $ => prec.right(seq(
      kws('LENGTH', 'ADDRESS'), kw('OF'), $.qualified_name,
    )),

    figurative_constant: _ => choice(
      kw('ZERO'), kw('ZEROS'), kw('ZEROES'), kw('SPACE'), kw('SPACES'),
      kw('HIGH-VALUE'), kw('HIGH-VALUES'), kw('LOW-VALUE'), kw('LOW-VALUES'),
      kw('QUOTE'), kw('QUOTES'), kw('NULL'), kw('NULLS'),
    ),

    _literal: $ => choice($.string_literal, $.numeric_literal, $.figurative_constant,
      seq(kw('ALL'), choice($.string_literal, $.figurative_constant))),

    string_literal: _ => token(choice(
      /([xXnNgGzZbB]|[nN][xX])?'([^'\n]|'')*'/,
      /([xXnNgGzZbB]|[nN][xX])?"([^"\n]|"")*"/,
    )),

    numeric_literal: $ => choice($.integer, $.decimal),

    integer: _ => /[+-]?[0-9]+/,

    decimal: _ => /[+-]?[0-9]*\.[0-9]+/,

    /// A COBOL word: letters, digits, hyphens, at least one letter; also with `:TAG:` parts,
    /// the placeholders of copybooks meant for COPY REPLACING, so they parse on their own.
    identifier: _ => /([0-9]+[-_]+)*([0-9]*[A-Za-z][A-Za-z0-9]*|:[A-Za-z0-9-]+:)([-_]*:[A-Za-z0-9-]+:|[-_]+[A-Za-z0-9]+)*/,

    comment: _ => token(seq('*>', /[^\n]*/)),
  },
});
